"""Any WSGI app: a middleware for apps without a framework integration.

``app = BugstackWSGIMiddleware(app)``. On the normal path it sets the ambient scope and
wraps ``wsgi.input`` in a tee that keeps what the app reads, up to the body limit.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from typing import Any

from bugstack.sdk.client import get_client
from bugstack.sdk.scope import Ambient, RequestData, ambient

__all__ = ["BugstackWSGIMiddleware"]

StartResponse = Callable[..., Any]
WSGIApp = Callable[[dict[str, Any], StartResponse], Iterable[bytes]]


class _InputTee:
    def __init__(self, stream: Any, limit: int) -> None:
        self._stream = stream
        self._limit = limit
        self.chunks: list[bytes] = []
        self.size = 0
        self.truncated = False

    def _keep(self, data: bytes) -> bytes:
        if data and not self.truncated:
            self.size += len(data)
            if self.size > self._limit:
                self.truncated = True
                self.chunks = []
            else:
                self.chunks.append(data)
        return data

    def read(self, *args: Any) -> bytes:
        return self._keep(self._stream.read(*args))

    def readline(self, *args: Any) -> bytes:
        return self._keep(self._stream.readline(*args))

    def readlines(self, *args: Any) -> list[bytes]:
        return [self._keep(line) for line in self._stream.readlines(*args)]

    def __iter__(self) -> Any:
        for line in self._stream:
            yield self._keep(line)


def _request(environ: dict[str, Any], tee: _InputTee) -> RequestData:
    headers = [(key[5:].replace("_", "-").title(), str(value))
               for key, value in environ.items() if key.startswith("HTTP_")]
    for key in ("CONTENT_TYPE", "CONTENT_LENGTH"):
        if environ.get(key):
            headers.append((key.replace("_", "-").title(), str(environ[key])))
    try:
        expected = int(environ.get("CONTENT_LENGTH") or 0)
    except ValueError:
        expected = -1
    return RequestData(
        framework="wsgi",
        method=str(environ.get("REQUEST_METHOD", "GET")),
        path=str(environ.get("SCRIPT_NAME", "")) + str(environ.get("PATH_INFO", "")),
        query_string=str(environ.get("QUERY_STRING", "")),
        headers=headers,
        body=b"".join(tee.chunks),
        body_complete=not tee.truncated and tee.size == expected,
        scheme=str(environ.get("wsgi.url_scheme", "http")),
        host=environ.get("HTTP_HOST")
        or f"{environ.get('SERVER_NAME')}:{environ.get('SERVER_PORT')}",
    )


class BugstackWSGIMiddleware:
    def __init__(self, app: WSGIApp) -> None:
        self.app = app

    def __call__(self, environ: dict[str, Any], start_response: StartResponse) -> Iterable[bytes]:
        client = get_client()
        if client is None:
            return self.app(environ, start_response)
        tee = _InputTee(environ.get("wsgi.input"), client.options.max_body_bytes)
        environ["wsgi.input"] = tee
        variable = ambient()
        token = variable.set(Ambient("request", request=lambda: _request(environ, tee)))
        try:
            body = self.app(environ, start_response)
        except Exception as exc:
            live = get_client()
            if live is not None:
                live.capture(exc, mechanism="wsgi.request")
            raise
        finally:
            variable.reset(token)
        return _Streamed(body, environ, tee)


class _Streamed:
    """The app's response body, watched for an error while the server iterates it (a
    streamed response fails after ``__call__`` has returned)."""

    def __init__(self, body: Iterable[bytes], environ: dict[str, Any], tee: _InputTee) -> None:
        self._body = body
        self._environ = environ
        self._tee = tee

    def __iter__(self) -> Iterator[bytes]:
        try:
            yield from self._body
        except Exception as exc:
            client = get_client()
            if client is not None:
                client.capture(exc, mechanism="wsgi.response", phase="request",
                               request=_request(self._environ, self._tee))
            raise

    def close(self) -> None:
        close = getattr(self._body, "close", None)
        if close is not None:
            close()
