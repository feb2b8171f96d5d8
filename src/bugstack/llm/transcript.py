"""A record of what was sent to the model and what came back, kept with the fix.

Every request is one :class:`Exchange`: the messages exactly as sent (already scrubbed),
the text exactly as received, the tokens counted, the error if there was one, and what
became of the answer (a candidate, or why it was rejected). Stops for a budget are
recorded too, so "the model was never asked" is visible and explained.
"""

from __future__ import annotations

import time
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime
from typing import Any

__all__ = ["Exchange", "Transcript"]


@dataclass(slots=True)
class Exchange:
    sample: int
    #: 1 for the first try of a sample, more after a 429 or 5xx.
    try_number: int
    provider: str
    model: str
    url: str
    sent: dict[str, str]
    at: str = field(default_factory=lambda: datetime.now(UTC).isoformat(timespec="seconds"))
    received: str | None = None
    status: int | None = None
    error: str | None = None
    input_tokens: int = 0
    output_tokens: int = 0
    #: True when the provider did not report usage and the counts are estimates.
    estimated_tokens: bool = False
    seconds: float = 0.0
    #: What became of the answer: "candidate", or "rejected: <why>".
    outcome: str | None = None


@dataclass(slots=True)
class Transcript:
    exchanges: list[Exchange] = field(default_factory=list)
    #: Why the attempt stopped asking before every sample was taken, if it did.
    stopped: list[str] = field(default_factory=list)
    started: float = field(default_factory=time.monotonic)

    @property
    def tokens(self) -> int:
        return sum(e.input_tokens + e.output_tokens for e in self.exchanges)

    def to_json(self) -> dict[str, Any]:
        return {
            "exchanges": [asdict(exchange) for exchange in self.exchanges],
            "stopped": list(self.stopped),
            "tokens": self.tokens,
            "requests": len(self.exchanges),
        }
