"""The community's members and the notifications they cause each other."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime


@dataclass(frozen=True)
class Member:
    id: int
    username: str
    email: str
    #: None until the member fills in their profile.
    full_name: str | None = None


def display_name(member: Member) -> str:
    """How a member is named to others, everywhere: their full name, or their username
    while they have not given one."""
    return member.full_name or member.username


@dataclass(frozen=True)
class Notification:
    recipient_id: int
    actor: Member
    kind: str
    topic: str
    created_at: datetime
    read: bool = False
