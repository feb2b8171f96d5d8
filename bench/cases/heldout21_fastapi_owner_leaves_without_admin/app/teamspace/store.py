"""In-process store (production runs the same calls against Postgres)."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from datetime import date


@dataclass
class Member:
    user_id: int
    name: str
    role: str  # "owner", "admin", "member" or "viewer"
    joined: date


@dataclass
class Workspace:
    slug: str
    members: dict[int, Member] = field(default_factory=dict)

    def owner(self) -> Member:
        return next(m for m in self.members.values() if m.role == "owner")


_WORKSPACES: dict[str, Workspace] = {}


def _workspace(slug: str, *members: Member) -> None:
    _WORKSPACES[slug] = Workspace(slug, {m.user_id: m for m in members})


def reset() -> None:
    _WORKSPACES.clear()
    _workspace(
        "acme",
        Member(1, "Ann", "owner", date(2021, 3, 1)),
        Member(2, "Bob", "admin", date(2022, 6, 9)),
        Member(3, "Cat", "admin", date(2021, 11, 2)),
        Member(4, "Dan", "member", date(2020, 1, 15)),
    )
    _workspace(
        "studio",
        Member(10, "Eve", "owner", date(2023, 2, 1)),
        Member(11, "Fay", "member", date(2023, 2, 3)),
        Member(12, "Gus", "viewer", date(2023, 5, 20)),
    )


def get(slug: str) -> Workspace | None:
    return _WORKSPACES.get(slug)


def as_dict(member: Member) -> dict[str, object]:
    data = asdict(member)
    data["joined"] = member.joined.isoformat()
    return data


reset()
