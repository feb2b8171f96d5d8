from __future__ import annotations

from dataclasses import replace

from fastapi import FastAPI, HTTPException
from pydantic import BaseModel

from flightboard import board

app = FastAPI(title="Departures board")


class StatusMessage(BaseModel):
    """One message of the airline's flight-status push feed (AeroLink push API v2).

    Each message carries the flight's whole current state, not a change: ``status`` and
    ``gate`` are always present. ``gate`` is null while the flight has no gate, which
    includes a gate the airline announced and then withdrew (a swap, a stand change).
    Gate codes arrive as the dispatcher typed them (" b12"); the screens show them
    upper-case and trimmed.
    """

    flight: str
    status: str
    gate: str | None


@app.post("/feeds/aerolink", status_code=202)
def receive_status(message: StatusMessage) -> dict[str, object]:
    flight = board.get(message.flight)
    if flight is None:
        raise HTTPException(status_code=404, detail=f"flight {message.flight} is not on today's board")
    gate = message.gate.strip().upper()
    updated = board.save(replace(flight, status=message.status.strip().upper(), gate=gate))
    return board.as_dict(updated)


@app.get("/flights/{number}")
def read_flight(number: str) -> dict[str, object]:
    flight = board.get(number)
    if flight is None:
        raise HTTPException(status_code=404)
    return board.as_dict(flight)


@app.get("/screens/departures")
def departures_screen() -> list[dict[str, str]]:
    """Rows for the terminal screens: the gate column reads GATE_TBA while there is no gate."""
    return [
        {
            "time": f.scheduled,
            "flight": f.number,
            "to": f.destination,
            "gate": f.gate if f.gate is not None else board.GATE_TBA,
            "status": f.status,
        }
        for f in board.departures()
    ]
