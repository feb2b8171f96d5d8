"""What the code is doing when an error happens: the lifecycle phase and the request.

Integrations set the ambient scope in a context variable on the way in, which costs one
``ContextVar.set`` per request and copies nothing. Only when an exception is captured does
the request source copy out what it must (``RequestData``) on the request thread; the
scrubbing and formatting of that copy happen on the background worker.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, field
from typing import Any

__all__ = [
    "Ambient",
    "RequestData",
    "ambient",
    "current",
    "current_request_elsewhere",
    "register_request_provider",
    "use_ambient",
]


@dataclass(slots=True)
class RequestData:
    """A request as it was when the error happened, not yet scrubbed."""

    framework: str
    method: str
    path: str
    route: str | None = None
    query_string: str = ""
    headers: list[tuple[str, str]] = field(default_factory=list)
    body: bytes = b""
    #: False when the app had not read the whole body, or it was longer than the limit.
    body_complete: bool = True
    scheme: str = "http"
    host: str | None = None
    path_params: dict[str, Any] = field(default_factory=dict)

    @property
    def content_type(self) -> str | None:
        for name, value in self.headers:
            if name.lower() == "content-type":
                return value
        return None

    @property
    def url(self) -> str:
        host = self.host or next(
            (v for n, v in self.headers if n.lower() == "host"), "localhost"
        )
        return f"{self.scheme}://{host}{self.path}"


@dataclass(slots=True)
class Ambient:
    phase: str
    #: Called at capture time only; returns a copy of the current request.
    request: Callable[[], RequestData | None] | None = None
    #: Celery or background task: ``{"name", "args", "kwargs"}`` (values not yet encoded).
    task: dict[str, Any] | None = None


_current: ContextVar[Ambient | None] = ContextVar("bugstack_ambient", default=None)

# Frameworks that keep their own "current request" (Flask's request context) are asked
# at capture time instead of being told on every request: no cost on the normal path.
_providers: list[Callable[[], RequestData | None]] = []


def register_request_provider(provider: Callable[[], RequestData | None]) -> None:
    if provider not in _providers:
        _providers.append(provider)


def current_request_elsewhere() -> RequestData | None:
    """The request a framework is handling on this thread, when no integration set one."""
    for provider in _providers:
        try:
            found = provider()
        except Exception:
            found = None
        if found is not None:
            return found
    return None


def current() -> Ambient | None:
    return _current.get()


def ambient() -> ContextVar[Ambient | None]:
    """The variable itself, for integrations that set and reset it on a hot path."""
    return _current


@contextmanager
def use_ambient(value: Ambient) -> Iterator[Ambient]:
    token = _current.set(value)
    try:
        yield value
    finally:
        _current.reset(token)
