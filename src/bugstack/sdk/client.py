"""The client: one per process, created by ``init``, used by every integration.

The contract the app relies on: nothing here raises into the app (every public entry
point catches and logs at debug level), nothing on the app's thread touches the network,
and without a key the SDK does nothing after one warning.
"""

from __future__ import annotations

import atexit
import logging
import os
import socket
import sys
import threading
from types import FrameType
from typing import Any

from bugstack.domain.keys import ApiKey, InvalidKeyError
from bugstack.sdk.capture import (
    CapturedError,
    already_captured,
    mark_captured,
    retained_bytes,
    take,
)
from bugstack.sdk.event_builder import EventBuilder, InAppRule
from bugstack.sdk.options import DEFAULT_URL, Options
from bugstack.sdk.scope import RequestData
from bugstack.sdk.scrub import Scrubber
from bugstack.sdk.transport import Endpoint, Outcome, Transport
from bugstack.sdk.worker import Worker

__all__ = [
    "VERSION",
    "Client",
    "capture_exception",
    "close",
    "flush",
    "get_client",
    "init",
    "stats",
]

VERSION = "0.1.0"
logger = logging.getLogger("bugstack.sdk")

_client: Client | None = None
_init_lock = threading.Lock()
_fork_hook_registered = False
_atexit_registered = False


class Client:
    def __init__(self, key: ApiKey, url: str, options: Options) -> None:
        self.key = key
        self.url = url
        self.options = options
        self.scrubber = Scrubber(options.scrub_keys, defaults=options.scrub_defaults)
        self.transport = Transport(Endpoint.from_url(url, key.project_id), str(key),
                                   f"bugstack-python/{VERSION}", options.send_timeout)
        self.integrations: list[str] = []
        self.in_app = InAppRule(options.in_app_include, options.in_app_exclude)
        self.builder = EventBuilder(
            scrubber=self.scrubber,
            in_app=self.in_app,
            release=options.release,
            environment=options.environment,
            server_name=options.server_name or socket.gethostname(),
            sdk_version=VERSION,
            integrations=self.integrations,
        )
        self.worker: Worker[CapturedError] = Worker(
            self._process, options.max_queue,
            on_drop=lambda: self.transport.record(Outcome.QUEUE_FULL),
            weigh=retained_bytes, max_bytes=options.max_queue_bytes,
        )

    def _is_app_frame(self, frame: FrameType) -> bool:
        # Only the app's frames are sent with variables, so only theirs are copied.
        return self.in_app(str(frame.f_globals.get("__name__", "")), frame.f_code.co_filename)

    @property
    def project_id(self) -> int:
        return self.key.project_id

    def _process(self, captured: CapturedError) -> None:
        paused = self.transport.paused()
        if paused is not None:  # skip the work of building an event nobody will take
            self.transport.record(paused)
            return
        event = self.builder.build(captured)
        self.transport.send(event, self.builder.sdk)

    def capture(
        self,
        exc: BaseException,
        *,
        mechanism: str = "generic",
        handled: bool = False,
        phase: str | None = None,
        task: dict[str, Any] | None = None,
        request: RequestData | None = None,
        extra: dict[str, Any] | None = None,
        default_phase: str = "script",
    ) -> str | None:
        """Hand an exception to the worker; returns its event id (None if skipped)."""
        try:
            paused = self.transport.paused()
            if paused is not None:
                # Nothing is sent before the pause ends: copy nothing, and keep nothing
                # (a queued error keeps its frames, and their locals, alive).
                if not already_captured(exc):
                    mark_captured(exc)
                    self.transport.record(paused)
                return None
            captured = take(exc, mechanism=mechanism, handled=handled, phase=phase, task=task,
                            request=request, extra=extra, default_phase=default_phase,
                            wanted=self._is_app_frame,
                            max_frames_with_vars=self.options.max_frames_with_vars)
            if captured is None or not self.worker.submit(captured):
                return None
            return captured.event_id
        except Exception:
            logger.debug("bugstack: capture failed", exc_info=True)
            return None

    def flush(self, timeout: float | None = None) -> bool:
        return self.worker.flush(self.options.shutdown_timeout if timeout is None else timeout)

    def close(self, timeout: float | None = None) -> bool:
        drained = self.worker.close(
            self.options.shutdown_timeout if timeout is None else timeout)
        if drained:  # otherwise the worker may still be using the connection
            self.transport.close()
        return drained

    def after_fork_in_child(self) -> None:
        self.worker.after_fork_in_child()
        self.transport.reset_after_fork()

    def stats(self) -> dict[str, int]:
        return {**dict(self.transport.counts), "queued": self.worker.queued}


def get_client() -> Client | None:
    return _client


def _resolve_key(api_key: str | None) -> ApiKey | None:
    raw = api_key if api_key is not None else os.environ.get("BUGSTACK_API_KEY")
    if not raw:
        logger.warning("bugstack: no API key (pass api_key= or set BUGSTACK_API_KEY); "
                       "errors will not be reported")
        return None
    try:
        return ApiKey.parse(raw)
    except InvalidKeyError:
        logger.warning("bugstack: BUGSTACK_API_KEY is not a bugstack API key "
                       "(expected bs_<project>_<secret>); errors will not be reported")
        return None


def init(api_key: str | None = None, url: str | None = None, **options: Any) -> Client | None:
    """Start reporting errors. Returns the client, or None when there is no valid key."""
    global _client
    try:
        with _init_lock:
            key = _resolve_key(api_key)
            if key is None:
                return None
            parsed, unknown = Options.from_kwargs(options)
            if unknown:
                logger.warning("bugstack: ignoring unknown options: %s", ", ".join(unknown))
            base_url = url or os.environ.get("BUGSTACK_URL") or DEFAULT_URL
            client = Client(key, base_url, parsed)
            previous, _client = _client, client
            if previous is not None:
                previous.close(timeout=0.5)
            _register_process_hooks()
            from bugstack.sdk.integrations import install

            client.integrations.extend(install(parsed.integrations))
            client.builder.sdk["integrations"] = sorted(client.integrations)
            return client
    except Exception:
        logger.warning("bugstack: init failed; errors will not be reported", exc_info=True)
        return None


def _register_process_hooks() -> None:
    global _fork_hook_registered, _atexit_registered
    if not _fork_hook_registered and hasattr(os, "register_at_fork"):
        os.register_at_fork(after_in_child=_after_fork_in_child)
        _fork_hook_registered = True
    if not _atexit_registered:
        atexit.register(_at_exit)
        _atexit_registered = True


def _after_fork_in_child() -> None:
    client = _client
    if client is not None:
        client.after_fork_in_child()


def _at_exit() -> None:
    client = _client
    if client is not None:
        client.close()


def capture_exception(error: BaseException | None = None, **kwargs: Any) -> str | None:
    """Report ``error`` (default: the exception being handled) as handled by the app."""
    client = _client
    if client is None:
        return None
    exc = error if error is not None else sys.exc_info()[1]
    if exc is None:
        return None
    kwargs.setdefault("handled", True)
    kwargs.setdefault("mechanism", "manual")
    return client.capture(exc, **kwargs)


def flush(timeout: float | None = None) -> bool:
    """Wait for queued events to be sent; False if ``timeout`` seconds were not enough."""
    client = _client
    try:
        return True if client is None else client.flush(timeout)
    except Exception:
        return False


def close(timeout: float | None = None) -> bool:
    """Flush, stop reporting and forget the client (``init`` may be called again)."""
    global _client
    client, _client = _client, None
    try:
        return True if client is None else client.close(timeout)
    except Exception:
        return False


def stats() -> dict[str, int]:
    """Counters of what happened to captured events: sent, dropped (and why), queued."""
    client = _client
    return {} if client is None else client.stats()

