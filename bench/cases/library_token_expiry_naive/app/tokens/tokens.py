"""API tokens. Every datetime in this module is timezone-aware, in UTC."""

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta


@dataclass
class Token:
    value: str
    issued_at: datetime
    expires_at: datetime | None  # None: never expires


def issue(value: str, lifetime: timedelta | None) -> Token:
    now = datetime.now(UTC)
    return Token(value, now, now + lifetime if lifetime else None)


def parse(record: dict[str, str]) -> Token:
    """A token from its stored form, with ISO 8601 timestamps carrying an offset."""
    expires = record.get("expires_at")
    return Token(
        record["value"],
        datetime.fromisoformat(record["issued_at"]),
        datetime.fromisoformat(expires) if expires else None,
    )


def age(token: Token) -> timedelta:
    return datetime.now(UTC) - token.issued_at


def is_valid(token: Token) -> bool:
    if token.expires_at is None:
        return True
    return token.expires_at > datetime.now()


def authenticate(record: dict[str, str] | None) -> bool:
    """Whether a stored token record (None: no such token) lets a request in."""
    return record is not None and is_valid(parse(record))
