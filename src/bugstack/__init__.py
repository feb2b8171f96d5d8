"""bugstack: turn production exceptions into verified fixes.

An app reports its errors with two lines::

    import bugstack
    bugstack.init(api_key=os.environ["BUGSTACK_API_KEY"])

This module is the SDK's whole public surface and imports nothing outside the standard
library. The SDK is loaded on first use, so the server and the command line, which import
``bugstack.domain`` and friends, do not pay for it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from bugstack.sdk.client import Client

__all__ = ["__version__", "capture_exception", "close", "flush", "init", "stats"]

#: Kept equal to the version in pyproject.toml (a test checks the installed metadata).
__version__ = "0.1.0"


def init(api_key: str | None = None, url: str | None = None, **options: Any) -> Client | None:
    """Start reporting unhandled errors to bugstack.

    ``api_key`` defaults to ``BUGSTACK_API_KEY`` and ``url`` to ``BUGSTACK_URL`` (else
    ``http://127.0.0.1:8000``). Without a key it logs one warning and does nothing.
    See ``docs/sdk.md`` for the options.
    """
    from bugstack.sdk.client import init as _init

    return _init(api_key, url, **options)


def capture_exception(error: BaseException | None = None, **options: Any) -> str | None:
    """Report an exception the app handled (default: the one being handled now).

    Returns the event id, or None when nothing was sent (no client, or already reported).
    """
    from bugstack.sdk.client import capture_exception as _capture

    return _capture(error, **options)


def flush(timeout: float | None = None) -> bool:
    """Wait up to ``timeout`` seconds for queued events to be sent."""
    from bugstack.sdk.client import flush as _flush

    return _flush(timeout)


def close(timeout: float | None = None) -> bool:
    """Flush, then stop reporting."""
    from bugstack.sdk.client import close as _close

    return _close(timeout)


def stats() -> dict[str, int]:
    """What happened to captured events so far: sent, dropped (by reason), queued."""
    from bugstack.sdk.client import stats as _stats

    return _stats()
