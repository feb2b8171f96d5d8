"""Slows password guessing: at most ``limit`` login attempts for one email within
``window`` may fail; beyond that, attempts for it are refused until the window has passed.

The attempts are rows in the database (``login_attempts``), so every server process behind
a load balancer counts the same ones, and a restart forgets nothing. Each attempt is
recorded and committed *before* the password is checked, then counted: whatever
interleaving concurrent attempts take, the last of any ``limit + 1`` attempts to count
sees all of them, so no burst of parallel guesses gets more than ``limit`` checked. A
refused attempt takes its row back (it checked nothing); a successful login clears the
email's rows. Emails are stored as digests: what an attacker types is not kept.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from bugstack.domain.keys import hash_secret
from bugstack.server.storage.models import LoginAttempt

__all__ = ["LoginThrottle"]


def _digest(email: str) -> str:
    return hash_secret(email.strip().lower())


class LoginThrottle:
    def __init__(self, limit: int = 5, window: timedelta = timedelta(minutes=15)) -> None:
        self.limit = limit
        self.window = window

    def attempt(self, session: Session, email: str) -> bool:
        """Record an attempt for ``email`` and commit it; False when it must be refused
        (then nothing is left recorded for it)."""
        now = datetime.now(UTC)
        digest = _digest(email)
        # Old attempts of every email go here too, so the table holds one window at most.
        session.execute(delete(LoginAttempt).where(LoginAttempt.attempted_at < now - self.window))
        row = LoginAttempt(email_digest=digest, attempted_at=now)
        session.add(row)
        session.commit()
        recent = session.scalar(select(func.count()).select_from(LoginAttempt).where(
            LoginAttempt.email_digest == digest,
            LoginAttempt.attempted_at >= now - self.window))
        if (recent or 0) <= self.limit:
            return True
        session.execute(delete(LoginAttempt).where(LoginAttempt.id == row.id))
        session.commit()
        return False

    def succeeded(self, session: Session, email: str) -> None:
        """The password was right: the email's earlier failures no longer count. The
        caller commits (with the new session)."""
        session.execute(delete(LoginAttempt).where(LoginAttempt.email_digest == _digest(email)))
