from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timezone
from typing import Any

API_TIME_FORMAT = "%Y-%m-%dT%H:%M:%S.%fZ"


def parse_api_time(value: str) -> datetime:
    """A timestamp of the monitoring API as an aware UTC datetime.

    The API writes RFC 3339 times in UTC with a ``Z`` ('2026-03-05T10:00:00.250Z'); as RFC
    3339 allows, the fraction of a second is left out when it is zero.
    """
    return datetime.strptime(value, API_TIME_FORMAT).replace(tzinfo=timezone.utc)


@dataclass(frozen=True)
class Incident:
    check: str
    down_at: datetime
    up_at: datetime

    @property
    def minutes(self) -> float:
        return (self.up_at - self.down_at).total_seconds() / 60


def incident_from_api(item: dict[str, Any]) -> Incident:
    return Incident(item["check"], parse_api_time(item["down_at"]), parse_api_time(item["up_at"]))
