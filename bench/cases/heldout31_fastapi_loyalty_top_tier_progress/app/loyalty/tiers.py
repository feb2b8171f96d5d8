"""The loyalty programme's tiers and how far a member is from the next one."""

from __future__ import annotations

from dataclasses import dataclass

from pydantic import BaseModel, Field


@dataclass(frozen=True)
class Tier:
    name: str
    #: Lifetime points needed to reach the tier.
    threshold: int
    #: Bonus on every purchase's points, in percent.
    bonus_percent: int


#: Lowest first. Platinum is the top tier.
TIERS: tuple[Tier, ...] = (
    Tier("Bronze", 0, 0),
    Tier("Silver", 1_000, 10),
    Tier("Gold", 5_000, 25),
    Tier("Platinum", 20_000, 50),
)


class TierProgress(BaseModel):
    """What the app's progress bar shows under a member's card."""

    tier: str
    #: The tier the member is working towards; None at the top tier, there is none.
    next_tier: str | None = None
    #: Points still needed for ``next_tier``; None at the top tier.
    points_to_next: int | None = None
    progress: float = Field(
        ge=0.0,
        le=1.0,
        description="Share of the way from the current tier to the next, 0.0 just after "
        "reaching the current tier; a full bar (1.0) at the top tier.",
    )


def tier_index(points: int) -> int:
    """Index in TIERS of the highest tier whose threshold ``points`` reaches."""
    index = 0
    for position, tier in enumerate(TIERS):
        if points >= tier.threshold:
            index = position
    return index


def tier_for(points: int) -> Tier:
    return TIERS[tier_index(points)]


def progress(points: int) -> TierProgress:
    index = tier_index(points)
    current = TIERS[index]
    following = TIERS[index + 1]
    span = following.threshold - current.threshold
    return TierProgress(
        tier=current.name,
        next_tier=following.name,
        points_to_next=following.threshold - points,
        progress=round((points - current.threshold) / span, 3),
    )
