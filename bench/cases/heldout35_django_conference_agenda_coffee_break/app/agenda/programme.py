"""The programme, read from the committee's JSON file."""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import lru_cache

from django.conf import settings


@dataclass(frozen=True)
class Speaker:
    slug: str
    name: str
    affiliation: str


@dataclass(frozen=True)
class Slot:
    day: str
    start: str
    end: str
    room: str
    title: str
    #: None for coffee, lunch and every other slot nobody presents.
    speaker: Speaker | None


@lru_cache(maxsize=1)
def _load() -> tuple[dict[str, Speaker], tuple[Slot, ...]]:
    data = json.loads(settings.AGENDA_FILE.read_text(encoding="utf-8"))
    speakers = {slug: Speaker(slug, s["name"], s["affiliation"]) for slug, s in data["speakers"].items()}
    slots = tuple(
        Slot(s["day"], s["start"], s["end"], s["room"], s["title"], speakers.get(s["speaker"]) if s["speaker"] else None)
        for s in data["slots"]
    )
    return speakers, slots


def speaker(slug: str) -> Speaker | None:
    return _load()[0].get(slug)


def slots_on(day: str) -> list[Slot]:
    return sorted((slot for slot in _load()[1] if slot.day == day), key=lambda slot: (slot.start, slot.room))


def talks_by(slug: str) -> list[Slot]:
    return [slot for slot in _load()[1] if slot.speaker is not None and slot.speaker.slug == slug]
