from __future__ import annotations

from datetime import date, datetime
from zoneinfo import ZoneInfo

from flask import Flask, abort, request

from clinics import hours, store

app = Flask(__name__)


def _clinic(slug: str) -> dict:
    clinic = store.CLINICS.get(slug)
    if clinic is None:
        abort(404)
    return clinic


@app.get("/clinics/<slug>/slots")
def free_slots(slug: str):
    """The free appointment slots of a clinic on ?date=YYYY-MM-DD (clinic's local time)."""
    clinic = _clinic(slug)
    try:
        day = date.fromisoformat(request.args["date"])
    except (KeyError, ValueError):
        abort(400)
    opening = clinic["hours"].get(day.strftime("%a").lower())
    if opening is None:
        return {"clinic": slug, "date": day.isoformat(), "open": False, "slots": []}
    taken = store.booked(slug, day)
    free = [start for start in hours.slots(opening) if start not in taken]
    return {"clinic": slug, "date": day.isoformat(), "open": True, "slots": free}


@app.get("/clinics/<slug>/open")
def open_at(slug: str):
    """Whether the clinic is open at ?at=<ISO instant with offset>, in its own time zone."""
    clinic = _clinic(slug)
    try:
        instant = datetime.fromisoformat(request.args["at"])
    except (KeyError, ValueError):
        abort(400)
    if instant.tzinfo is None:
        abort(400)
    local = instant.astimezone(ZoneInfo(clinic["tz"]))
    opening = clinic["hours"].get(local.strftime("%a").lower())
    is_open = opening is not None and hours.is_open(opening, local.hour * 60 + local.minute)
    return {"clinic": slug, "local_time": local.strftime("%a %H:%M"), "open": is_open}
