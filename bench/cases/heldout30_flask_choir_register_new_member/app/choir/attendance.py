"""Attendance figures for the register and for concert places."""

from __future__ import annotations

from datetime import date

from choir import store
from choir.store import Member

#: Members who came to less than this share of their rehearsals get a reminder.
AT_RISK_BELOW = 0.6


def rehearsals_since_joining(member: Member) -> list[date]:
    return [d for d in store.REHEARSALS if d >= member.joined]


def attendance_rate(member: Member) -> float | None:
    """Share (0.0 to 1.0) of the rehearsals held since the member joined that they came
    to; None for a member who has not had a rehearsal yet (joined after the last one)."""
    held = rehearsals_since_joining(member)
    came = sum((member.id, d) in store.PRESENT for d in held)
    return came / len(held)


def at_risk(rate: float | None) -> bool:
    """True when the member gets a reminder; a member with no rehearsal yet never does."""
    return rate is not None and rate < AT_RISK_BELOW


def summary(member: Member) -> dict[str, object]:
    rate = attendance_rate(member)
    return {
        "id": member.id,
        "name": member.name,
        "section": member.section,
        "attendance": None if rate is None else round(100 * rate),
        "at_risk": at_risk(rate),
    }
