"""Sign-in sessions and how long they last."""

from __future__ import annotations

import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone

#: A plain sign-in lasts one working day.
SESSION_TTL = timedelta(hours=8)

#: "Keep me signed in" on the sign-in form: the session lasts this many *days*
#: (the product page promises "stay signed in for 30 days on this device").
REMEMBER_ME_DAYS = 30


@dataclass(frozen=True)
class Session:
    token: str
    user: str
    expires_at: datetime


def session_lifetime(remember: bool) -> timedelta:
    """How long a new session lasts: SESSION_TTL, or REMEMBER_ME_DAYS days when the user
    ticked "keep me signed in"."""
    if remember:
        return REMEMBER_ME_DAYS
    return SESSION_TTL


def open_session(user: str, remember: bool, now: datetime | None = None) -> Session:
    """A new session for ``user``; ``now`` (aware, UTC) defaults to the current time."""
    now = now or datetime.now(timezone.utc)
    return Session(secrets.token_urlsafe(24), user, now + session_lifetime(remember))
