from __future__ import annotations

from datetime import date, timedelta

from nursery.store import Plant


def next_due(plant: Plant) -> date:
    """The day the plant next needs water: ``interval_days`` after its last watering.

    A plant not watered since it was potted (it is watered in when potted) counts from
    its potting day.
    """
    return plant.last_watered + timedelta(days=plant.interval_days)


def due_on(plants: list[Plant], day: date) -> list[Plant]:
    """The plants to water on ``day``: due that day or overdue."""
    return [p for p in plants if next_due(p) <= day]
