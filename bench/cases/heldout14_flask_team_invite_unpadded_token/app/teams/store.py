"""Teams, members and pending invitations (an ORM in the real deployment)."""

from __future__ import annotations

TEAMS: dict[int, str] = {}
MEMBERS: dict[int, set[str]] = {}
PENDING: set[tuple[int, str]] = set()


def reset() -> None:
    TEAMS.clear()
    TEAMS.update({3: "Design", 7: "Support", 12: "Studio"})
    MEMBERS.clear()
    MEMBERS.update({3: {"lead@example.com"}, 7: set(), 12: set()})
    PENDING.clear()


reset()
