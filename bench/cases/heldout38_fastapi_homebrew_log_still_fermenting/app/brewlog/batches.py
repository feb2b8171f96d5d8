"""The club's batch book (kept in memory here; the hosted site loads it from SQLite)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date


@dataclass
class Batch:
    id: int
    name: str
    style: str
    brewed_on: date
    original_gravity: float
    #: Taken when fermentation has finished; None while the batch is still fermenting.
    final_gravity: float | None = None


_BATCHES: dict[int, Batch] = {}


def reset() -> None:
    _BATCHES.clear()
    _BATCHES[1] = Batch(1, "Garden Pale", "pale ale", date(2024, 4, 6), 1.050, 1.010)
    _BATCHES[2] = Batch(2, "Winter Stout", "stout", date(2024, 10, 19), 1.062, 1.016)
    _BATCHES[3] = Batch(3, "Hedgerow Saison", "saison", date(2025, 5, 3), 1.056)


def get(batch_id: int) -> Batch | None:
    return _BATCHES.get(batch_id)


def all_batches() -> list[Batch]:
    return sorted(_BATCHES.values(), key=lambda b: b.brewed_on)


reset()
