"""The laundrette's machines, as the payment terminals last reported them."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

#: How long each programme runs, in minutes, as printed on the machines.
PROGRAMME_MINUTES = {"cotton": 55, "synthetics": 40, "quick": 25, "duvet": 80}

#: A programme missing from the table above (the machines' firmware gains new ones before
#: this table is updated) is taken to run this long: the longest cycle any of our machines
#: offers (the 95-minute sanitise wash), so nobody is sent to a machine still spinning.
UNKNOWN_PROGRAMME_MINUTES = 95

#: The text message goes out this long before a cycle ends.
REMINDER_LEAD = timedelta(minutes=5)


@dataclass
class Machine:
    id: int
    kind: str  # "washer" or "dryer"
    programme: str | None = None  # None while the machine is idle
    started_at: datetime | None = None


_MACHINES: dict[int, Machine] = {}


def reset() -> None:
    _MACHINES.clear()
    _MACHINES[1] = Machine(1, "washer")
    _MACHINES[2] = Machine(2, "washer", "cotton", datetime(2024, 3, 9, 10, 0))
    _MACHINES[3] = Machine(3, "dryer", "quick", datetime(2024, 3, 9, 10, 20))


def get(machine_id: int) -> Machine | None:
    return _MACHINES.get(machine_id)


def all_machines() -> list[Machine]:
    return [_MACHINES[key] for key in sorted(_MACHINES)]


def start(machine_id: int, programme: str, at: datetime) -> Machine:
    machine = _MACHINES[machine_id]
    machine.programme = programme
    machine.started_at = at
    return machine


def reminder_at(machine: Machine) -> datetime | None:
    """When to text the customer that their laundry is nearly done (None when idle)."""
    if machine.programme is None or machine.started_at is None:
        return None
    minutes = PROGRAMME_MINUTES.get(machine.programme, UNKNOWN_PROGRAMME_MINUTES)
    return machine.started_at + timedelta(minutes=minutes) - REMINDER_LEAD


reset()
