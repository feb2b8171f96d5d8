"""Datetime code that is consistent already."""

from datetime import datetime, timezone


def age_in_seconds(created: datetime) -> float:
    return (datetime.now(timezone.utc) - created).total_seconds()


def stamp() -> str:
    return datetime.now(tz=timezone.utc).isoformat()


def parse(text: str) -> datetime:
    return datetime.fromisoformat(text)
