from __future__ import annotations

from typing import Any

from fastapi import FastAPI, Header

from appconfig.clients import MINIMUM_APP_VERSION, app_version

app = FastAPI()

#: What a mobile app is told, apart from whether it must update.
APP_CONFIG: dict[str, Any] = {"checkout": "native", "support_chat": True}

#: What browsers (web storefront, dashboard) get: they are deployed with the API, so
#: they are never out of date and are never told to update.
WEB_CONFIG: dict[str, Any] = {"checkout": "hosted", "support_chat": True, "update_required": False}


@app.get("/config")
def client_config(user_agent: str = Header(default="")) -> dict[str, Any]:
    """Start-up configuration for the calling client.

    Mobile apps older than MINIMUM_APP_VERSION are told to update; every other caller
    that is not the mobile app gets WEB_CONFIG.
    """
    version = app_version(user_agent)
    return {**APP_CONFIG, "update_required": version < MINIMUM_APP_VERSION}
