from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import datetime

from httpkit.retry import retry_delay

RETRY_STATUSES = frozenset({429, 503})


@dataclass(frozen=True)
class Response:
    status: int
    headers: Mapping[str, str] = field(default_factory=dict)
    body: bytes = b""


def send_with_retries(
    send: Callable[[], Response],
    sleep: Callable[[float], None],
    clock: Callable[[], datetime],
    max_attempts: int = 4,
) -> Response:
    """Calls ``send`` until it answers something other than 429/503, at most ``max_attempts`` times."""
    response = send()
    for attempt in range(max_attempts - 1):
        if response.status not in RETRY_STATUSES:
            break
        sleep(retry_delay(response.headers, attempt, clock()))
        response = send()
    return response
