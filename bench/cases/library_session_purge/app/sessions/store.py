"""An in-process session store with expiry."""

from dataclasses import dataclass, field


@dataclass
class Session:
    user: str
    expires_at: float


@dataclass
class SessionStore:
    sessions: dict[str, Session] = field(default_factory=dict)

    def add(self, token: str, session: Session) -> None:
        self.sessions[token] = session

    def active_users(self, now: float) -> list[str]:
        return sorted(s.user for s in self.sessions.values() if s.expires_at > now)

    def purge_expired(self, now: float) -> int:
        """Remove every expired session; returns how many were removed."""
        removed = 0
        for token, session in self.sessions.items():
            if session.expires_at <= now:
                del self.sessions[token]
                removed += 1
        return removed
