"""Sending events to the server: Sentry envelopes over HTTP, honouring back-off.

Only the background worker calls ``send``. It never retries an event: when the server
says to wait (429 with ``Retry-After``/``X-Sentry-Rate-Limits``), fails (any 5xx), or
cannot be reached, the transport stops sending until the wait is over, and events that
arrive in the meantime are dropped and counted. A queue of retries would grow without
bound exactly when the server is least able to take it.

A hostile or broken server cannot hold the worker or the process's memory: a request,
answer included, ends within ``send_timeout`` however slowly the answer comes
(``connection.py``), and no more than ``_MAX_ANSWER`` bytes of an answer are read.
"""

from __future__ import annotations

import contextlib
import email.utils
import gzip
import http.client
import json
import logging
import math
import threading
import time
from collections import Counter
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any
from urllib.parse import urlsplit

from bugstack.sdk.connection import DeadlineHTTPConnection, DeadlineHTTPSConnection

__all__ = ["Outcome", "Transport", "encode_envelope", "parse_rate_limits"]

logger = logging.getLogger("bugstack.sdk")

_DEFAULT_BACKOFF = 60.0
_MAX_BACKOFF = 300.0
#: The server's answer is a small JSON object; anything past this is not read, and the
#: connection is closed rather than reused.
_MAX_ANSWER = 64 * 1024


class Outcome:
    """The names of the counters in ``Transport.counts`` (and ``bugstack.sdk.stats()``)."""

    SENT = "sent"
    RATE_LIMITED = "dropped_rate_limited"
    BACKING_OFF = "dropped_backing_off"
    SERVER_UNAVAILABLE = "dropped_server_unavailable"
    NETWORK_ERROR = "dropped_network_error"
    REJECTED = "rejected"
    UNAUTHORIZED = "rejected_unauthorized"
    TOO_LARGE = "rejected_too_large"
    QUEUE_FULL = "dropped_queue_full"


def encode_envelope(event: dict[str, Any], sdk: dict[str, Any]) -> bytes:
    payload = json.dumps(event, separators=(",", ":"), default=str).encode("utf-8")
    header = {
        "event_id": event.get("event_id"),
        "sent_at": datetime.now(UTC).isoformat(),
        "sdk": {"name": sdk.get("name"), "version": sdk.get("version")},
    }
    item = {"type": "event", "length": len(payload), "content_type": "application/json"}
    return b"\n".join((
        json.dumps(header, separators=(",", ":")).encode("utf-8"),
        json.dumps(item, separators=(",", ":")).encode("utf-8"),
        payload,
    )) + b"\n"


def parse_rate_limits(header: str, now: float) -> float | None:
    """When sending errors may resume, from Sentry's ``X-Sentry-Rate-Limits``.

    The header is a comma-separated list of ``retry_after:categories:scope[:reason]``;
    an empty category list means every category. Returns None when no limit applies
    to error events.
    """
    until: float | None = None
    for limit in header.split(","):
        parts = limit.strip().split(":")
        if not parts or not parts[0]:
            continue
        try:
            seconds = float(parts[0])
        except ValueError:
            continue
        if not math.isfinite(seconds):
            continue
        categories = parts[1].split(";") if len(parts) > 1 else [""]
        if categories == [""] or "error" in categories or "default" in categories:
            until = max(until or 0.0, now + min(seconds, _MAX_BACKOFF))
    return until


def _retry_after(value: str | None) -> float:
    """Seconds to wait from a ``Retry-After`` header: delta-seconds or an HTTP date."""
    if value:
        seconds: float | None
        try:
            seconds = float(value)
        except ValueError:
            seconds = _seconds_until(value)
        if seconds is not None and math.isfinite(seconds):
            return min(max(seconds, 0.0), _MAX_BACKOFF)
    return _DEFAULT_BACKOFF


def _seconds_until(http_date: str) -> float | None:
    try:
        when = email.utils.parsedate_to_datetime(http_date)
    except (TypeError, ValueError, IndexError):
        return None
    if when.tzinfo is None:  # an HTTP date is GMT even when it does not say so
        when = when.replace(tzinfo=UTC)
    return (when - datetime.now(UTC)).total_seconds()


@dataclass(frozen=True, slots=True)
class Endpoint:
    scheme: str
    host: str
    port: int
    path: str

    @classmethod
    def from_url(cls, url: str, project_id: int) -> Endpoint:
        parts = urlsplit(url)
        if parts.scheme not in ("http", "https") or not parts.hostname:
            raise ValueError(f"not an http(s) URL: {url!r}")
        port = parts.port or (443 if parts.scheme == "https" else 80)
        base = parts.path.rstrip("/")
        return cls(parts.scheme, parts.hostname, port, f"{base}/api/{project_id}/envelope/")


class Transport:
    def __init__(self, endpoint: Endpoint, api_key: str, client_name: str,
                 timeout: float) -> None:
        self.endpoint = endpoint
        self.timeout = timeout
        self.auth = (f"Sentry sentry_version=7, sentry_key={api_key}, "
                     f"sentry_client={client_name}")
        self.user_agent = client_name
        self.counts: Counter[str] = Counter()
        self._lock = threading.Lock()
        self._connection: DeadlineHTTPConnection | None = None
        self._paused_until = 0.0
        self._pause_outcome = Outcome.RATE_LIMITED
        self._failures = 0
        self._warned_auth = False

    def record(self, outcome: str) -> None:
        with self._lock:
            self.counts[outcome] += 1

    def reset_after_fork(self) -> None:
        # The parent's socket is shared after fork; the child must open its own.
        self._connection = None
        self._lock = threading.Lock()

    def paused(self) -> str | None:
        """While sending is paused, the outcome to count a dropped event under."""
        return self._pause_outcome if time.monotonic() < self._paused_until else None

    def _pause(self, until: float, outcome: str) -> None:
        if until > self._paused_until:
            self._paused_until = until
            self._pause_outcome = outcome

    def send(self, event: dict[str, Any], sdk: dict[str, Any]) -> str:
        """Send one event; returns the outcome, also counted in ``counts``."""
        paused = self.paused()
        if paused is not None:
            self.record(paused)
            return paused
        body = gzip.compress(encode_envelope(event, sdk), compresslevel=6)
        try:
            status, headers = self._post(body)
        except (OSError, http.client.HTTPException) as exc:
            self._close()
            self._pause_after_failure()
            logger.debug("bugstack: could not reach the server: %s", exc)
            self.record(Outcome.NETWORK_ERROR)
            return Outcome.NETWORK_ERROR
        outcome = self._handle(status, headers)
        self.record(outcome)
        return outcome

    def _post(self, body: bytes) -> tuple[int, http.client.HTTPMessage]:
        deadline = time.monotonic() + self.timeout
        for attempt in (1, 2):
            connection = self._connection or self._connect()
            # One deadline for the whole exchange, the fresh try included.
            connection.start(deadline - time.monotonic())
            try:
                connection.request("POST", self.endpoint.path, body=body, headers={
                    "Content-Type": "application/x-sentry-envelope",
                    "Content-Encoding": "gzip",
                    "X-Sentry-Auth": self.auth,
                    "User-Agent": self.user_agent,
                })
                response = connection.getresponse()
                response.read(_MAX_ANSWER)
                if response.will_close or not response.isclosed():
                    self._close()  # the server hangs up, or sent more than an answer
                return response.status, response.headers
            except (ConnectionResetError, BrokenPipeError, http.client.RemoteDisconnected):
                # A kept-alive connection the server closed while idle: one fresh try.
                self._close()
                if attempt == 2:
                    raise
        raise AssertionError("unreachable")  # pragma: no cover

    def _connect(self) -> DeadlineHTTPConnection:
        cls = (DeadlineHTTPSConnection if self.endpoint.scheme == "https"
               else DeadlineHTTPConnection)
        self._connection = cls(self.endpoint.host, self.endpoint.port, timeout=self.timeout)
        return self._connection

    def close(self) -> None:
        self._close()

    def _close(self) -> None:
        if self._connection is not None:
            with contextlib.suppress(OSError):
                self._connection.close()
        self._connection = None

    def _pause_after_failure(self, at_least: float = 0.0) -> None:
        self._failures += 1
        backoff = min(2.0 ** (self._failures - 1), _MAX_BACKOFF)
        self._pause(time.monotonic() + max(backoff, at_least), Outcome.BACKING_OFF)

    def _handle(self, status: int, headers: http.client.HTTPMessage) -> str:
        now = time.monotonic()
        limits = headers.get("X-Sentry-Rate-Limits")
        if limits:
            until = parse_rate_limits(limits, now)
            if until is not None:
                self._pause(until, Outcome.RATE_LIMITED)
        if 200 <= status < 300:
            self._failures = 0
            return Outcome.SENT
        if status == 429:
            if not limits:
                self._pause(now + _retry_after(headers.get("Retry-After")), Outcome.RATE_LIMITED)
            return Outcome.RATE_LIMITED
        if 500 <= status < 600:
            # A failing server gets a rest too: every event sent to it would fail the same
            # way, and costs the app's process the work of building and sending it.
            retry = headers.get("Retry-After")
            self._pause_after_failure(_retry_after(retry) if retry else 0.0)
            return Outcome.SERVER_UNAVAILABLE
        if status in (401, 403):
            if not self._warned_auth:
                self._warned_auth = True
                logger.warning("bugstack: the server refused the API key (HTTP %s); "
                               "events are not being recorded", status)
            return Outcome.UNAUTHORIZED
        if status == 413:
            return Outcome.TOO_LARGE
        logger.debug("bugstack: the server rejected an event with HTTP %s", status)
        return Outcome.REJECTED
