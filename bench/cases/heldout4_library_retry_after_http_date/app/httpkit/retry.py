"""How long to wait before retrying a 429 or 503 response."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime

DEFAULT_BACKOFF = 2.0
MAX_DELAY = 300.0


def retry_delay(headers: Mapping[str, str], attempt: int, now: datetime) -> float:
    """Seconds to wait before retry number ``attempt`` (0 for the first retry).

    The server's ``Retry-After`` header wins when present. RFC 9110 (section 10.2.3)
    allows two forms: a number of seconds (``120``) or an HTTP date
    (``Wed, 21 Oct 2026 07:28:00 GMT``), which is waited for from ``now`` (aware, UTC);
    a date already past means retry at once (0). Without the header: exponential backoff
    from DEFAULT_BACKOFF. Never more than MAX_DELAY.
    """
    value = headers.get("Retry-After")
    if value is None:
        return min(DEFAULT_BACKOFF * 2**attempt, MAX_DELAY)
    return min(float(int(value)), MAX_DELAY)
