"""Members and their points (production keeps these in Postgres behind the same calls)."""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import ROUND_DOWN, Decimal

from loyalty.tiers import tier_for

#: Base points per euro spent, before the tier's bonus.
POINTS_PER_EURO = 1


@dataclass
class Member:
    id: int
    name: str
    points: int = 0
    history: list[int] = field(default_factory=list)


_MEMBERS: dict[int, Member] = {}


def reset() -> None:
    _MEMBERS.clear()


def add_member(member_id: int, name: str, points: int = 0) -> Member:
    member = Member(member_id, name, points)
    _MEMBERS[member_id] = member
    return member


def get(member_id: int) -> Member | None:
    return _MEMBERS.get(member_id)


def earn(member: Member, amount: Decimal) -> int:
    """Credit a purchase of ``amount`` euros; the tier held *before* it sets the bonus."""
    base = (amount * POINTS_PER_EURO).quantize(Decimal(1), rounding=ROUND_DOWN)
    bonus = tier_for(member.points).bonus_percent
    earned = int(base) * (100 + bonus) // 100
    member.points += earned
    member.history.append(earned)
    return earned
