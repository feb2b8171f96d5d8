"""From an event item's bytes to what the writer stores and groups it by."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime

import orjson

from bugstack.domain.event import parse_timestamp
from bugstack.domain.fingerprint import summarise_event
from bugstack.server.ingest._exceptions import BadPayload

__all__ = ["PendingEvent", "normalise_event"]

_MAX_TEXT = 200  # column width of short text fields


@dataclass(frozen=True, slots=True)
class PendingEvent:
    event_id: str
    fingerprint: str
    title: str
    culprit: str | None
    exception_type: str | None
    level: str
    timestamp: datetime | None
    release: str | None
    environment: str | None
    payload: bytes


def _event_id(value: object) -> str | None:
    if not isinstance(value, str):
        return None
    try:
        return uuid.UUID(value).hex
    except ValueError:
        return None


def _text_column(value: str) -> str:
    # PostgreSQL text cannot hold NUL; one event carrying "\u0000" would otherwise fail
    # the whole write batch it lands in. (The payload column is bytes and keeps it.)
    return value.replace("\x00", "") if "\x00" in value else value


def _short(value: str | None) -> str | None:
    return _text_column(value[:_MAX_TEXT]) or None if value else None


def normalise_event(payload: bytes, fallback_event_id: object = None) -> PendingEvent:
    try:
        data = orjson.loads(payload)
    except orjson.JSONDecodeError as exc:
        raise BadPayload(f"event is not valid JSON: {exc}") from exc
    if not isinstance(data, dict):
        raise BadPayload("event must be a JSON object")
    summary = summarise_event(data)
    event_id = _event_id(data.get("event_id")) or _event_id(fallback_event_id)
    if event_id is None:
        # An SDK that sends no id still gets its event stored; a fresh id cannot collide.
        event_id = uuid.uuid4().hex
    level = data.get("level")
    return PendingEvent(
        event_id=event_id,
        fingerprint=summary.fingerprint,
        title=_text_column(summary.title[:1000]),
        culprit=_text_column((summary.culprit or "")[:1000]) or None,
        exception_type=_short(summary.exception_type),
        level=_text_column(level[:20]) or "error" if isinstance(level, str) else "error",
        timestamp=parse_timestamp(data.get("timestamp")),
        release=_short(_text(data.get("release"))),
        environment=_short(_text(data.get("environment"))),
        payload=payload,
    )


def _text(value: object) -> str | None:
    return value if isinstance(value, str) else None
