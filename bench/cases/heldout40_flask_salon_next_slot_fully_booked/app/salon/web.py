from __future__ import annotations

from datetime import date

from flask import Flask, abort, request

from salon import diary

app = Flask(__name__)


def _stylist_and_day(name: str) -> date:
    if name not in diary.STYLISTS:
        abort(404)
    try:
        return date.fromisoformat(request.args.get("date", ""))
    except ValueError:
        abort(400)


@app.get("/stylists/<name>/slots")
def slots(name: str) -> dict[str, object]:
    day = _stylist_and_day(name)
    return {"stylist": name, "date": day.isoformat(), "slots": diary.free_slots(name, day)}


@app.get("/stylists/<name>/next-slot")
def next_slot(name: str) -> dict[str, object]:
    """The earliest free slot with this stylist on ?date=.

    Answers {"stylist", "date", "next_slot"}; next_slot is null when the day is fully
    booked, and the booking page then offers the waiting list (POST .../waiting-list)."""
    day = _stylist_and_day(name)
    free = diary.free_slots(name, day)
    return {"stylist": name, "date": day.isoformat(), "next_slot": free[0]}


@app.post("/stylists/<name>/bookings")
def book(name: str) -> tuple[dict[str, object], int]:
    day = _stylist_and_day(name)
    body = request.get_json(force=True)
    try:
        diary.book(name, day, body["slot"], body["client"])
    except ValueError:
        return {"error": "slot taken"}, 409
    return {"stylist": name, "date": day.isoformat(), "slot": body["slot"]}, 201


@app.post("/stylists/<name>/waiting-list")
def waiting_list(name: str) -> tuple[dict[str, object], int]:
    day = _stylist_and_day(name)
    place = diary.join_waiting_list(name, day, request.get_json(force=True)["client"])
    return {"stylist": name, "date": day.isoformat(), "place": place}, 201
