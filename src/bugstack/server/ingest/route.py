"""The ingest endpoints as a raw ASGI application in front of FastAPI.

``POST /api/{project_id}/envelope/`` and ``POST /api/{project_id}/store/`` are the hot
path; every other request passes through to the FastAPI app. Going around FastAPI's
routing, dependency injection and validation here is what keeps ingest close to the
throughput of a bare endpoint (see bench/ingest.py).
"""

from __future__ import annotations

import logging
import re
from collections.abc import Awaitable, Callable, MutableMapping
from typing import Any

import orjson

from bugstack.server.config import IngestLimits
from bugstack.server.ingest._auth import authenticate_key, key_from_request
from bugstack.server.ingest._decompress import decompress
from bugstack.server.ingest._envelope import parse_envelope
from bugstack.server.ingest._exceptions import (
    BadPayload,
    IngestError,
    PayloadTooLarge,
    RateLimited,
    Unavailable,
)
from bugstack.server.ingest._normalise import normalise_event
from bugstack.server.ingest._store import Submission
from bugstack.server.ingest._writer import BatchWriter

__all__ = ["IngestApp"]

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
ASGIApp = Callable[[Scope, Receive, Send], Awaitable[None]]

log = logging.getLogger("bugstack.ingest")

_PATH = re.compile(r"^/api/(\d{1,18})/(envelope|store)/?$")
_CORS = [
    (b"access-control-allow-origin", b"*"),
    (b"access-control-expose-headers", b"x-sentry-error, x-sentry-rate-limits, retry-after"),
]
_PREFLIGHT = [
    *_CORS,
    (b"access-control-allow-methods", b"POST, OPTIONS"),
    (b"access-control-allow-headers",
     b"content-type, content-encoding, x-sentry-auth, authorization, sentry-trace, baggage"),
    (b"access-control-max-age", b"3600"),
]


class IngestApp:
    def __init__(
        self,
        fallback: ASGIApp,
        limits: IngestLimits,
        writer: Callable[[], BatchWriter | None],
    ) -> None:
        self._fallback = fallback
        self._limits = limits
        self._writer = writer

    @property
    def routes(self) -> list[Any]:
        """The routes of the app behind ingest, so tests can enumerate every one."""
        return list(getattr(self._fallback, "routes", []))

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http":
            match = _PATH.match(scope["path"])
            if match is not None:
                await self._ingest(scope, receive, send, int(match.group(1)), match.group(2))
                return
        await self._fallback(scope, receive, send)

    async def _ingest(
        self, scope: Scope, receive: Receive, send: Send, project_id: int, endpoint: str
    ) -> None:
        method = scope["method"]
        if method == "OPTIONS":
            await _respond(send, 200, b"", _PREFLIGHT)
            return
        if method != "POST":
            await _respond_error(send, 405, "only POST is accepted here")
            return
        try:
            event_id = await self._handle(scope, receive, project_id, endpoint)
        except RateLimited as exc:
            limit = f"{exc.retry_after}:error;default:project:rate_limited".encode()
            await _respond_error(send, 429, exc.reason, [
                (b"retry-after", str(exc.retry_after).encode()),
                (b"x-sentry-rate-limits", limit),
            ])
            return
        except Unavailable as exc:
            log.warning("ingest answered 503 for project %s: %s", project_id, exc.reason)
            await _respond_error(send, exc.status, exc.reason,
                                 [(b"retry-after", str(exc.retry_after).encode())])
            return
        except IngestError as exc:
            await _respond_error(send, exc.status, exc.reason)
            return
        await _respond(send, 200, orjson.dumps({"id": event_id}),
                       [(b"content-type", b"application/json"), *_CORS])

    async def _handle(
        self, scope: Scope, receive: Receive, project_id: int, endpoint: str
    ) -> str | None:
        headers = dict(scope["headers"])
        body = await _read_body(receive, headers, self._limits.max_body)
        encoding = headers.get(b"content-encoding", b"").decode("latin-1")
        body = decompress(body, encoding, self._limits.max_decompressed)

        if endpoint == "store":
            envelope_header = None
            if len(body) > self._limits.max_event:
                raise PayloadTooLarge(f"event is larger than {self._limits.max_event} bytes")
            events = [normalise_event(body)]
            other: dict[str, int] = {}
        else:
            envelope = parse_envelope(body, self._limits.max_event)
            envelope_header = envelope.headers
            events = []
            other = {}
            for item in envelope.items:
                if item.type == "event":
                    events.append(normalise_event(item.payload, envelope.headers.get("event_id")))
                else:
                    other[item.type] = other.get(item.type, 0) + 1

        raw_key = key_from_request(headers, scope.get("query_string", b""), envelope_header)
        key = authenticate_key(raw_key, project_id)
        writer = self._writer()
        if writer is None:
            raise Unavailable("server is starting or stopping; retry later")
        accepted = await writer.submit(
            Submission(project_id=project_id, key_digest=key.digest, events=events,
                       other_items=other)
        )
        return accepted.event_ids[0] if accepted.event_ids else None


async def _read_body(receive: Receive, headers: dict[bytes, bytes], limit: int) -> bytes:
    declared = headers.get(b"content-length")
    if declared is not None:
        try:
            if int(declared) > limit:
                raise PayloadTooLarge(f"body is larger than {limit} bytes")
        except ValueError as exc:
            raise BadPayload("invalid Content-Length") from exc
    chunks: list[bytes] = []
    size = 0
    while True:
        message = await receive()
        if message["type"] == "http.disconnect":
            raise BadPayload("client went away before sending its body")
        chunk = message.get("body", b"")
        size += len(chunk)
        if size > limit:  # chunked bodies announce no length; count as they come
            raise PayloadTooLarge(f"body is larger than {limit} bytes")
        chunks.append(chunk)
        if not message.get("more_body", False):
            return b"".join(chunks)


async def _respond(
    send: Send, status: int, body: bytes, headers: list[tuple[bytes, bytes]]
) -> None:
    await send({"type": "http.response.start", "status": status,
                "headers": [*headers, (b"content-length", str(len(body)).encode())]})
    await send({"type": "http.response.body", "body": body})


async def _respond_error(
    send: Send, status: int, reason: str, extra: list[tuple[bytes, bytes]] | None = None
) -> None:
    body = orjson.dumps({"detail": reason})
    headers = [(b"content-type", b"application/json"),
               (b"x-sentry-error", reason.encode("utf-8", "replace")[:200]), *_CORS]
    await _respond(send, status, body, [*headers, *(extra or [])])
