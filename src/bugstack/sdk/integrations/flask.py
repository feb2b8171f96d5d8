"""Flask: reported from the ``got_request_exception`` signal.

Flask turns an unhandled exception into a 500 response itself, so nothing escapes to a
WSGI middleware; the signal is sent exactly then, inside the request context. The normal
path costs nothing: a connected signal receiver runs only when the signal is sent.
"""

from __future__ import annotations

from typing import Any
from urllib.parse import urlencode

from bugstack.sdk.client import get_client
from bugstack.sdk.scope import RequestData, register_request_provider

__all__ = ["install"]


def _body(request: Any, limit: int) -> tuple[bytes, bool]:
    length = request.content_length
    mimetype = request.mimetype or ""
    if mimetype.startswith("multipart/"):
        return b"", False
    if length is not None and length > limit:
        return b"", False
    if "form" in request.__dict__ and mimetype == "application/x-www-form-urlencoded":
        # The app parsed the form, which consumed the stream: rebuild the body from it.
        return urlencode(list(request.form.items(multi=True))).encode("utf-8"), True
    data = request.get_data(cache=True)
    return data[:limit], len(data) <= limit


def _request_data(limit: int) -> RequestData | None:
    from flask import has_request_context, request

    if not has_request_context():
        return None
    body, complete = _body(request, limit)
    rule = request.url_rule
    return RequestData(
        framework="flask",
        method=request.method,
        path=request.path,
        route=rule.rule if rule is not None else None,
        query_string=request.query_string.decode("latin-1"),
        headers=list(request.headers.items()),
        body=body,
        body_complete=complete,
        scheme=request.scheme,
        host=request.host,
        path_params=dict(request.view_args or {}),
    )


def _on_exception(sender: Any, exception: BaseException | None = None, **_: Any) -> None:
    client = get_client()
    if client is None or not isinstance(exception, Exception):
        return
    try:
        request = _request_data(client.options.max_body_bytes)
    except Exception:
        request = None
    client.capture(exception, mechanism="flask", phase="request", request=request)


def _current_request() -> RequestData | None:
    client = get_client()
    return None if client is None else _request_data(client.options.max_body_bytes)


def install() -> None:
    from flask import signals

    # For captures outside the signal (``logging.exception`` or ``capture_exception`` in
    # a view): asked only when something is captured, and only in a request context.
    register_request_provider(_current_request)
    # blinker keeps one connection per receiver, so a second install is a no-op.
    signals.got_request_exception.connect(_on_exception, weak=False)
