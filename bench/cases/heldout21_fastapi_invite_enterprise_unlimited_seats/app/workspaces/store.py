"""In-process store (production runs the same calls against Postgres)."""

from __future__ import annotations

import secrets
from dataclasses import dataclass, field


@dataclass
class Workspace:
    slug: str
    plan: str
    members: dict[str, str] = field(default_factory=dict)  # e-mail -> role


@dataclass
class Invitation:
    id: int
    workspace: str
    email: str
    role: str
    token: str


_WORKSPACES: dict[str, Workspace] = {}
_INVITATIONS: list[Invitation] = []


def reset() -> None:
    _WORKSPACES.clear()
    _INVITATIONS.clear()
    _WORKSPACES["acme"] = Workspace(
        "acme", "free", {"ann@acme.test": "owner", "bob@acme.test": "member"}
    )
    _WORKSPACES["initech"] = Workspace(
        "initech",
        "enterprise",
        {f"user{n}@initech.test": "member" for n in range(40)} | {"bill@initech.test": "owner"},
    )


def workspace(slug: str) -> Workspace | None:
    return _WORKSPACES.get(slug)


def pending(slug: str) -> list[Invitation]:
    return [i for i in _INVITATIONS if i.workspace == slug]


def add_invitation(slug: str, email: str, role: str) -> Invitation:
    invitation = Invitation(len(_INVITATIONS) + 1, slug, email, role, secrets.token_urlsafe(16))
    _INVITATIONS.append(invitation)
    return invitation


reset()
