"""The register, kept in memory (the deployment loads and saves it as a JSON file)."""

from __future__ import annotations

import itertools
from dataclasses import dataclass
from datetime import date

SECTIONS = ("soprano", "alto", "tenor", "bass")


@dataclass
class Member:
    id: int
    name: str
    section: str
    joined: date


MEMBERS: dict[int, Member] = {}
#: Dates of the rehearsals held so far, oldest first.
REHEARSALS: list[date] = []
#: (member id, rehearsal date) for everyone who signed in.
PRESENT: set[tuple[int, date]] = set()
_ids = itertools.count(1)


def add_member(name: str, section: str, joined: date) -> Member:
    member = Member(next(_ids), name, section, joined)
    MEMBERS[member.id] = member
    return member


def reset() -> None:
    global _ids
    MEMBERS.clear()
    REHEARSALS.clear()
    PRESENT.clear()
    _ids = itertools.count(1)
    ann = add_member("Ann Pryce", "alto", date(2023, 9, 5))
    ben = add_member("Ben Okafor", "bass", date(2023, 9, 5))
    cleo = add_member("Cleo Marsh", "alto", date(2024, 1, 9))
    REHEARSALS.extend(date(2024, 1, d) for d in (2, 9, 16, 23, 30))
    PRESENT.update((ann.id, d) for d in REHEARSALS[:4])
    PRESENT.update((ben.id, d) for d in REHEARSALS)
    PRESENT.update((cleo.id, d) for d in REHEARSALS[2:3])


reset()
