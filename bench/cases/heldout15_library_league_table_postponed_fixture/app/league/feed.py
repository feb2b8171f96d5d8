"""The federation's results feed, as its JSON export gives it.

One record per fixture::

    {"round": 3, "home": "Rovers", "away": "Albion", "score": "2-1", "status": "played"}

``score`` is "home-away" goals for a played fixture, and null for one that is
postponed or not played yet (``status`` "postponed" or "scheduled").
"""

from __future__ import annotations

import json
from typing import Any, TypedDict


class Fixture(TypedDict):
    round: int
    home: str
    away: str
    score: str | None
    status: str


def load(text: str) -> list[Fixture]:
    data: Any = json.loads(text)
    return [
        Fixture(
            round=int(item["round"]),
            home=item["home"].strip(),
            away=item["away"].strip(),
            score=item.get("score"),
            status=item.get("status", "played"),
        )
        for item in data["fixtures"]
    ]
