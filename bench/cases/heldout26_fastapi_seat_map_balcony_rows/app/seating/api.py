from __future__ import annotations

from typing import Any

from fastapi import FastAPI, HTTPException

from seating import store
from seating.labels import row_index, split_label

app = FastAPI()


def _event(event_id: int) -> store.Event:
    event = store.get(event_id)
    if event is None:
        raise HTTPException(status_code=404, detail="no such event")
    return event


@app.get("/events/{event_id}/seat-map")
def seat_map(event_id: int) -> dict[str, Any]:
    """The free seats row by row, front row first, each row's seats in number order
    (the seat-picker widget draws them exactly as given)."""
    event = _event(event_id)
    rows: dict[str, list[int]] = {}
    for label in event.free_seats:
        row, number = split_label(label)
        rows.setdefault(row, []).append(number)
    return {
        "event": event.name,
        "venue": event.venue,
        "free": len(event.free_seats),
        "rows": [{"row": row, "seats": sorted(rows[row])} for row in sorted(rows, key=row_index)],
    }


@app.post("/events/{event_id}/holds/{label}")
def hold_seat(event_id: int, label: str) -> dict[str, str]:
    _event(event_id)
    if not store.hold(event_id, label.upper()):
        raise HTTPException(status_code=409, detail="seat no longer available")
    return {"held": label.upper()}
