"""A parcel's tracking history, from the courier's ``GET /v2/parcels/{id}/events``."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime
from typing import Any


@dataclass(frozen=True)
class TrackingEvent:
    """One scan in a parcel's history.

    The courier adds fields to its payloads without bumping the API version (its
    changelog: "clients must ignore fields they do not recognise"). We keep the fields
    below and ignore any other.
    """

    code: str
    description: str
    occurred_at: datetime
    #: Missing for scans made outside a depot (the driver's handset).
    location: str | None = None


def parse_event(payload: dict[str, Any]) -> TrackingEvent:
    data = dict(payload)
    data["occurred_at"] = datetime.fromisoformat(data["occurred_at"])
    return TrackingEvent(**data)


def parse_history(body: str) -> list[TrackingEvent]:
    """Every event of the response, oldest first."""
    events = [parse_event(e) for e in json.loads(body)["events"]]
    return sorted(events, key=lambda e: e.occurred_at)


def latest_status(body: str) -> str:
    history = parse_history(body)
    return history[-1].description if history else "Awaiting collection"
