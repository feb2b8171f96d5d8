"""How long a room takes to turn round, as timed by the head housekeeper."""

from __future__ import annotations

#: Minutes for a full clean after a check-out, by room type (timed in 2023).
CLEAN_MINUTES: dict[str, int] = {"single": 25, "double": 30, "twin": 30, "suite": 50}
#: Room types not timed yet are planned at this: better to over-plan than to have a
#: room unready when its guests arrive.
DEFAULT_CLEAN_MINUTES = 45
#: A stay-over (the guest stays on) gets a tidy and fresh towels, whatever the room.
STAYOVER_MINUTES = 15


def turnaround_minutes(room_type: str, checkout: bool) -> int:
    """Minutes to plan for one room: a full clean after a check-out, else a tidy."""
    if not checkout:
        return STAYOVER_MINUTES
    return CLEAN_MINUTES[room_type]
