"""What each plan allows."""

from __future__ import annotations

#: Seats per plan: members plus invitations still pending. None: the plan has no seat
#: limit (enterprise contracts are billed per active member at the end of the month).
SEAT_LIMITS: dict[str, int | None] = {
    "free": 3,
    "team": 25,
    "enterprise": None,
}


def seat_limit(plan: str) -> int | None:
    return SEAT_LIMITS[plan]


def seats_left(plan: str, used: int) -> int | None:
    """Seats still free on the plan; None when the plan has no seat limit."""
    limit = seat_limit(plan)
    if limit is None:
        return None
    return max(limit - used, 0)
