"""ASGI: a middleware that reports what escapes the app, for requests and lifespan.

On the normal path it costs one context-variable set and reset and a thin wrapper
around ``receive`` that keeps references to the body chunks the app itself reads (no
parsing, no copying, nothing read ahead of the app). The tee lives in the request's own
scope object, so it is gone when the request ends. Only when an exception escapes does
it copy the request out, on the way to the worker.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, MutableMapping
from typing import Any

from bugstack.sdk.client import get_client
from bugstack.sdk.scope import Ambient, RequestData, ambient

__all__ = ["BugstackMiddleware"]

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
ASGIApp = Callable[[Scope, Receive, Send], Awaitable[None]]

_MARK = "bugstack.seen"
_DEFAULT_BODY_LIMIT = 64 * 1024


class _BodyTee:
    __slots__ = ("chunks", "finished", "limit", "receive", "size", "truncated")

    def __init__(self, receive: Receive, limit: int) -> None:
        self.receive = receive
        self.limit = limit
        self.chunks: list[bytes] = []
        self.size = 0
        self.finished = False
        self.truncated = False

    async def __call__(self) -> Message:
        message = await self.receive()
        if message.get("type") == "http.request":
            body = message.get("body") or b""
            if body and not self.truncated:
                self.size += len(body)
                if self.size > self.limit:
                    self.truncated = True
                    self.chunks = []  # never hold more than the limit
                else:
                    self.chunks.append(body)
            if not message.get("more_body", False):
                self.finished = True
        return message


def _route_template(scope: Scope) -> str | None:
    route = scope.get("route")
    template = getattr(route, "path_format", None) or getattr(route, "path", None)
    if not isinstance(template, str):
        return None
    app_root = scope.get("app_root_path", "")
    root = scope.get("root_path", "")
    # Inside a Mount the template is relative to the mount point.
    prefix = root[len(app_root):] if root.startswith(app_root) else ""
    return f"{prefix}{template}" if prefix and not template.startswith(prefix) else template


def request_from_scope(scope: Scope, tee: _BodyTee | None, framework: str) -> RequestData:
    headers = [
        (name.decode("latin-1"), value.decode("latin-1"))
        for name, value in scope.get("headers", ())
    ]
    server = scope.get("server")
    host = None
    if not any(name.lower() == "host" for name, _ in headers) and server:
        host = f"{server[0]}:{server[1]}"
    body = b"".join(tee.chunks) if tee is not None else b""
    complete = tee is not None and tee.finished and not tee.truncated
    if tee is not None and not tee.size and tee.finished:
        complete = True
    return RequestData(
        framework=framework,
        method=str(scope.get("method", "GET" if scope.get("type") == "http" else "WEBSOCKET")),
        path=str(scope.get("path", "")),
        route=_route_template(scope),
        query_string=bytes(scope.get("query_string", b"")).decode("latin-1"),
        headers=headers,
        body=body,
        body_complete=complete,
        scheme=str(scope.get("scheme", "http")),
        host=host,
        path_params=dict(scope.get("path_params") or {}),
    )


class BugstackMiddleware:
    """Wrap any ASGI app: ``app = BugstackMiddleware(app)``."""

    def __init__(self, app: ASGIApp, framework: str = "asgi") -> None:
        self.app = app
        self.framework = framework

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        client = get_client()
        kind = scope.get("type")
        if client is None or scope.get(_MARK):
            await self.app(scope, receive, send)
            return
        if kind == "lifespan":
            await self._lifespan(scope, receive, send)
            return
        if kind not in ("http", "websocket"):
            await self.app(scope, receive, send)
            return
        scope[_MARK] = True
        tee = _BodyTee(receive, client.options.max_body_bytes) if kind == "http" else None
        framework = self.framework

        def snapshot() -> RequestData:
            return request_from_scope(scope, tee, framework)

        variable = ambient()
        token = variable.set(Ambient("request", request=snapshot))
        try:
            await self.app(scope, tee if tee is not None else receive, send)
        except Exception as exc:
            current = get_client()
            if current is not None:
                current.capture(exc, mechanism=f"{framework}.request")
            raise
        finally:
            variable.reset(token)

    async def _lifespan(self, scope: Scope, receive: Receive, send: Send) -> None:
        scope[_MARK] = True
        state = Ambient("startup")

        async def watched_receive() -> Message:
            message = await receive()
            if message.get("type") == "lifespan.shutdown":
                state.phase = "shutdown"
            return message

        variable = ambient()
        token = variable.set(state)
        try:
            await self.app(scope, watched_receive, send)
        except Exception as exc:
            client = get_client()
            if client is not None:
                client.capture(exc, mechanism=f"{self.framework}.lifespan", phase=state.phase)
            raise
        finally:
            variable.reset(token)
