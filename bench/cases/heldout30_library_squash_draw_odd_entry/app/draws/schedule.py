"""Order of play: which match goes on which court, and when."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from draws.bracket import Match

#: A first-round match (best of five, warm-up included) is booked for this long.
SLOT = timedelta(minutes=45)


@dataclass(frozen=True)
class Slot:
    match: Match
    #: None for a bye, which needs no court.
    court: int | None
    starts: datetime | None

    def line(self) -> str:
        if self.court is None or self.starts is None:
            return f"          {self.match.label()}"
        return f"{self.starts:%H:%M} c{self.court}  {self.match.label()}"


def order_of_play(matches: list[Match], courts: int, start: datetime) -> list[Slot]:
    """Matches fill the courts in order, one wave of ``courts`` matches every SLOT.

    Byes keep their place in the list but get neither court nor time.
    """
    if courts < 1:
        raise ValueError("at least one court is needed")
    slots: list[Slot] = []
    played = 0
    for match in matches:
        if match.is_bye:
            slots.append(Slot(match, None, None))
            continue
        wave, court = divmod(played, courts)
        slots.append(Slot(match, court + 1, start + wave * SLOT))
        played += 1
    return slots


def notice(slots: list[Slot]) -> str:
    return "\n".join(slot.line() for slot in slots)
