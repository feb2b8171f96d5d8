"""How long a failed job waits before its next attempt."""

from __future__ import annotations

#: The longest wait between two attempts, in seconds.
MAX_DELAY = 300.0
BASE_DELAY = 0.5


def retry_delay(attempt: int, base: float = BASE_DELAY, cap: float = MAX_DELAY) -> float:
    """Seconds to wait before retry number ``attempt`` (1-based): ``base``, then doubling
    each time, but never more than ``cap``.

    A job is retried for as long as it stays queued (an outage of a partner's API can
    last days), so ``attempt`` has no upper bound.
    """
    if attempt < 1:
        raise ValueError(f"attempt is 1-based, got {attempt}")
    return min(cap, base * 2 ** (attempt - 1))
