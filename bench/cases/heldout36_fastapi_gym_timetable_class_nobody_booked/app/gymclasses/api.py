from __future__ import annotations

from datetime import date
from typing import Any

from fastapi import FastAPI, HTTPException
from pydantic import BaseModel

from gymclasses import store

app = FastAPI(title="Gym classes")


class BookingRequest(BaseModel):
    member_id: str


def _class_json(gym_class: store.GymClass, booked: int) -> dict[str, Any]:
    spaces_left = max(gym_class.capacity - booked, 0)
    return {
        "id": gym_class.id,
        "name": gym_class.name,
        "starts": gym_class.starts.strftime("%H:%M"),
        "instructor": gym_class.instructor,
        "spaces_left": spaces_left,
        "full": spaces_left == 0,
    }


@app.get("/timetable/{day}")
def timetable(day: date) -> list[dict[str, Any]]:
    """Every class on the day in start-time order, with its spaces left; the app greys
    out the full ones."""
    classes = store.classes_on(day)
    counts = store.booked_counts({c.id for c in classes})
    return [_class_json(c, counts[c.id]) for c in classes]


@app.post("/classes/{class_id}/bookings", status_code=201)
def book(class_id: int, request: BookingRequest) -> dict[str, Any]:
    gym_class = store.get_class(class_id)
    if gym_class is None:
        raise HTTPException(status_code=404, detail="no such class")
    if store.is_booked(class_id, request.member_id):
        raise HTTPException(status_code=409, detail="already booked")
    booked = store.booked_counts({class_id}).get(class_id, 0)
    if booked >= gym_class.capacity:
        raise HTTPException(status_code=409, detail="class full")
    store.add_booking(class_id, request.member_id)
    return _class_json(gym_class, booked + 1)
