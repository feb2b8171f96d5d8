"""The dashboard: server-rendered pages for people, beside the REST API for programs.

``router`` holds every page; ``mount_static`` serves the stylesheet and the one small
script (live refresh, copy buttons). No front-end build: the templates are Jinja2 and the
script is plain JavaScript that the pages work without.
"""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Depends, HTTPException, Request
from fastapi.staticfiles import StaticFiles

from bugstack.server.storage.models import MAX_ID
from bugstack.server.web import auth_pages, issue_pages, llm_settings_pages, settings_pages
from bugstack.server.web._common import STATIC_DIR

__all__ = ["mount_static", "router"]


def _ids_in_range(request: Request) -> None:
    """Every page's ids: a number larger than any row's id is a page that cannot exist,
    and must not reach the database driver, which would fail on it (a 500)."""
    for value in request.path_params.values():
        if isinstance(value, str) and value.isdigit() and int(value) > MAX_ID:
            raise HTTPException(404, "no such page")


router = APIRouter(include_in_schema=False, dependencies=[Depends(_ids_in_range)])
router.include_router(auth_pages.router)
router.include_router(issue_pages.router)
router.include_router(settings_pages.router)
router.include_router(llm_settings_pages.router)


def mount_static(app: Any) -> None:
    app.mount("/static", StaticFiles(directory=str(STATIC_DIR)), name="static")
