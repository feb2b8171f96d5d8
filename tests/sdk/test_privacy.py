"""Privacy: a secret planted in every place an event draws from never leaves the process.

The app is a real FastAPI app under uvicorn; the SDK reports to ``capture_server``, which
keeps the exact decompressed bytes it received, so the check covers the whole envelope.
"""

from __future__ import annotations

import base64
import json
import re
import secrets
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from fastapi import FastAPI, Request

import bugstack
from tests.sdk.apps import shop
from tests.sdk.conftest import CaptureServer
from tests.sdk.servers import uvicorn_thread

# A Luhn-valid test card number (the well-known Visa test number).
CARD = "4111 1111 1111 1111"


class Session:
    def __init__(self, user: str, api_key: str) -> None:
        self.user = user
        self.api_key = api_key


def make_app() -> FastAPI:
    app = FastAPI()

    @app.post("/login")
    async def login(request: Request, token: str = "", loyalty_code: str = "") -> Any:
        payload = await request.json()
        credentials = payload["user"]["credentials"]
        session = Session(payload["user"]["name"], credentials["api_key"])
        customer = shop.Customer(payload["user"]["name"], shop.Tier.BASIC,
                                 password=credentials["password"])
        auth_header = request.headers["authorization"]
        digits = payload["payment"]["number"]
        note = f"user {customer.name} pw={credentials['password']}"
        context = {"session": session, "nested": [{"deeper": payload["profile"]}]}
        raise PermissionError(f"login refused for token={token} ({note}, {len(digits)})"
                              f" {auth_header is None} {context is None}")

    return app


@pytest.fixture
def planted() -> dict[str, str]:
    return {place: f"S3CRET{secrets.token_hex(8)}" for place in (
        "authorization", "cookie", "x_api_key", "query_token", "body_password",
        "body_api_key", "deep", "loyalty")}


@pytest.fixture
def reporting_to_capture(capture_server: CaptureServer) -> Iterator[tuple[CaptureServer, int]]:
    project = capture_server.new_project()
    bugstack.init(api_key=project.api_key, url=capture_server.url,
                  scrub_keys=["loyalty_code"])
    try:
        yield capture_server, project.id
    finally:
        bugstack.close(timeout=5)


def _plant_and_fail(planted: dict[str, str]) -> None:
    body = {
        "user": {"name": "ada-lovelace",
                 "credentials": {"password": planted["body_password"],
                                 "api_key": planted["body_api_key"]}},
        "payment": {"number": CARD},
        "profile": {"settings": [{"theme": "dark", "secret": planted["deep"]}]},
    }
    with uvicorn_thread(make_app()) as url:
        response = httpx.post(
            f"{url}/login",
            params={"token": planted["query_token"], "loyalty_code": planted["loyalty"]},
            json=body,
            headers={"Authorization": f"Bearer {planted['authorization']}",
                     "Cookie": f"sessionid={planted['cookie']}",
                     "X-Api-Key": planted["x_api_key"]},
        )
    assert response.status_code == 500
    assert bugstack.flush(10)


def _searchable(text: str) -> str:
    # Bytes travel base64-encoded in snapshots: search their decoded text as well.
    for blob in re.findall(r'"base64":\s*"([^"]*)"', text):
        text += "\n" + base64.b64decode(blob).decode("utf-8", "replace")
    return text


def _assert_clean(text: str, planted: dict[str, str]) -> None:
    leaked = {place: secret for place, secret in planted.items() if secret in text}
    assert leaked == {}
    assert "4111111111111111" not in text.replace(" ", "")
    # What is not secret is still there, so the event stays useful.
    assert "ada-lovelace" in text and "/login" in text


def test_no_planted_secret_leaves_the_process(
    reporting_to_capture: tuple[CaptureServer, int], planted: dict[str, str]
) -> None:
    server, project_id = reporting_to_capture
    _plant_and_fail(planted)
    (event,) = server.wait_for_events(project_id, 1)
    # Every byte the server received, not only the parsed event.
    _assert_clean(_searchable(b"".join(r.raw for r in server.received).decode("utf-8")),
                  planted)
    headers = event["request"]["headers"]
    assert headers["authorization"] == "[scrubbed]" and headers["cookie"] == "[scrubbed]"
    assert headers["x-api-key"] == "[scrubbed]"
    frame = event["exception"]["values"][-1]["stacktrace"]["frames"][-1]
    assert frame["function"] == "login"
    assert frame["vars"]["customer"].count("[scrubbed]") == 1  # the password field only


def test_no_planted_secret_is_stored_by_the_bugstack_server(
    bugstack_server: Any, planted: dict[str, str]
) -> None:
    project = bugstack_server.new_project(f"privacy-{secrets.token_hex(4)}")
    bugstack.init(api_key=project.api_key, url=bugstack_server.url,
                  scrub_keys=["loyalty_code"])
    try:
        _plant_and_fail(planted)
        (event,) = bugstack_server.wait_for_events(project.id, 1, timeout=15)
    finally:
        bugstack.close(timeout=5)
    _assert_clean(_searchable(json.dumps(event)), planted)
    assert event["contexts"]["bugstack_replay"]["request"]["route"] == "/login"


def test_the_secret_names_are_configurable(capture_server: CaptureServer) -> None:
    project = capture_server.new_project()
    bugstack.init(api_key=project.api_key, url=capture_server.url,
                  scrub_keys=["favourite_colour"], scrub_defaults=False)
    # Built at run time, so the source lines sent as context do not contain them.
    favourite_colour = "-".join(["teal", "and", "orange"])
    shown = "-".join(["visible", "by", "choice"])
    try:
        def fail(favourite_colour: str, password: str) -> None:
            raise ValueError("no")

        try:
            fail(favourite_colour, shown)
        except ValueError as exc:
            bugstack.capture_exception(exc)
        assert bugstack.flush(5)
        raw = capture_server.received[0].raw.decode()
        assert favourite_colour not in raw and shown in raw
    finally:
        bugstack.close(timeout=5)
