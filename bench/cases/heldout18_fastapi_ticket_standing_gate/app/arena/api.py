from __future__ import annotations

from fastapi import FastAPI, HTTPException
from pydantic import BaseModel

from arena import store

app = FastAPI(title="Arena door staff")

#: The entrance each seating block's ticket holders use.
GATE_BY_BLOCK = {"N1": "A", "N2": "A", "S1": "B", "S2": "B"}
#: Standing (general-admission) tickets have no seat; their holders enter by the floor gate.
STANDING_GATE = "C"


class EntryLine(BaseModel):
    code: str
    holder: str
    gate: str
    seat: str | None  # "N2 F14"; None for a standing ticket


def seat_label(seat: store.Seat | None) -> str | None:
    return None if seat is None else f"{seat.block} {seat.row}{seat.number}"


@app.get("/tickets/{code}")
def read_ticket(code: str) -> dict[str, object]:
    ticket = store.find_ticket(code)
    if ticket is None:
        raise HTTPException(status_code=404)
    return {"code": ticket.code, "holder": ticket.holder, "seat": seat_label(ticket.seat)}


@app.get("/events/{event_id}/entry-list", response_model=list[EntryLine])
def entry_list(event_id: int) -> list[EntryLine]:
    """Every ticket of the event with the gate its holder enters by, for the door staff's
    scanners: sorted by gate, then seat, then ticket code."""
    tickets = store.tickets_for(event_id)
    if tickets is None:
        raise HTTPException(status_code=404)
    lines = [
        EntryLine(
            code=ticket.code,
            holder=ticket.holder,
            gate=GATE_BY_BLOCK[ticket.seat.block],
            seat=seat_label(ticket.seat),
        )
        for ticket in tickets
    ]
    return sorted(lines, key=lambda line: (line.gate, line.seat or "", line.code))
