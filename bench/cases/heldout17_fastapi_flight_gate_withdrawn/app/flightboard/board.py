"""Today's departures, as the terminal screens show them (Redis in production, same calls)."""

from __future__ import annotations

from dataclasses import asdict, dataclass

#: What the screens show in the gate column while a flight has no gate.
GATE_TBA = "TBA"


@dataclass(frozen=True)
class Flight:
    number: str
    destination: str
    scheduled: str  # local time, "HH:MM"
    status: str = "SCHEDULED"
    gate: str | None = None  # None while no gate is assigned


_FLIGHTS: dict[str, Flight] = {}


def reset() -> None:
    _FLIGHTS.clear()
    for flight in (
        Flight("AL204", "Lisbon", "09:40", "BOARDING", "B12"),
        Flight("AL311", "Reykjavik", "10:15"),
        Flight("AL578", "Marrakesh", "11:05", "SCHEDULED", "C3"),
    ):
        _FLIGHTS[flight.number] = flight


def get(number: str) -> Flight | None:
    return _FLIGHTS.get(number)


def save(flight: Flight) -> Flight:
    _FLIGHTS[flight.number] = flight
    return flight


def departures() -> list[Flight]:
    return sorted(_FLIGHTS.values(), key=lambda f: f.scheduled)


def as_dict(flight: Flight) -> dict[str, object]:
    return asdict(flight)


reset()
