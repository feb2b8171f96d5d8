"""Django: reported from the ``got_request_exception`` signal.

Django answers an unhandled exception with a 500 itself and sends the signal from inside
its ``except`` block, with the request, so the exception is ``sys.exc_info()``.
"""

from __future__ import annotations

import sys
from typing import Any

from bugstack.sdk.client import get_client
from bugstack.sdk.scope import RequestData

__all__ = ["install"]


def _body(request: Any, limit: int) -> tuple[bytes, bool]:
    content_type = request.META.get("CONTENT_TYPE", "")
    if content_type.startswith("multipart/"):
        return b"", False
    try:
        length = int(request.META.get("CONTENT_LENGTH") or 0)
    except ValueError:
        length = 0
    if length > limit:
        return b"", False
    try:
        return bytes(request.body), True
    except Exception:  # RawPostDataException: the app read the stream itself
        return b"", False


def _request_data(request: Any, limit: int) -> RequestData:
    match = getattr(request, "resolver_match", None)
    route = getattr(match, "route", None) if match is not None else None
    try:
        host = request.get_host()
    except Exception:  # DisallowedHost: still worth reporting the error
        host = request.META.get("HTTP_HOST")
    body, complete = _body(request, limit)
    return RequestData(
        framework="django",
        method=request.method or "GET",
        path=request.path,
        route=f"/{route}" if isinstance(route, str) and not route.startswith("/") else route,
        query_string=request.META.get("QUERY_STRING", ""),
        headers=list(request.headers.items()),
        body=body,
        body_complete=complete,
        scheme=request.scheme,
        host=host,
        path_params=dict(getattr(match, "kwargs", None) or {}),
    )


def _on_exception(sender: Any, request: Any = None, **_: Any) -> None:
    client = get_client()
    exc = sys.exc_info()[1]
    if client is None or not isinstance(exc, Exception):
        return
    data = None
    if request is not None:
        try:
            data = _request_data(request, client.options.max_body_bytes)
        except Exception:
            data = None
    client.capture(exc, mechanism="django", phase="request", request=data)


def install() -> None:
    from django.core.signals import got_request_exception  # type: ignore[import-untyped]

    got_request_exception.connect(_on_exception, weak=False, dispatch_uid="bugstack")
