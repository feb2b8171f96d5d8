"""Errors as pages: a person who follows a stale link reads a page with a way back, not a
JSON body. The route class wraps only the dashboard's routes, so the REST API keeps its
JSON errors; a client that does not accept HTML (the live poll) still gets JSON."""

from __future__ import annotations

from collections.abc import Callable, Coroutine
from typing import Any

from fastapi import HTTPException, Request
from fastapi.responses import Response
from fastapi.routing import APIRoute

from bugstack.server.web._common import templates

__all__ = ["PageRoute"]

_TITLES = {403: "Not allowed", 404: "Not found", 413: "Too large", 422: "Not accepted"}


class PageRoute(APIRoute):
    def get_route_handler(self) -> Callable[[Request], Coroutine[Any, Any, Response]]:
        handler = super().get_route_handler()

        async def handle(request: Request) -> Response:
            try:
                return await handler(request)
            except HTTPException as exc:
                if exc.status_code < 400 or "text/html" not in request.headers.get("accept",
                                                                                    ""):
                    raise
                return templates.TemplateResponse(
                    request, "error.html",
                    {"request": request, "viewer": None, "notice": None,
                     "title": _TITLES.get(exc.status_code, "Something went wrong"),
                     "detail": str(exc.detail)},
                    status_code=exc.status_code, headers=exc.headers,
                )

        return handle
