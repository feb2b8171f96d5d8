from __future__ import annotations

from datetime import date

from flask import Flask, abort, jsonify

from walkies import store

app = Flask(__name__)


def _day(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        abort(404)


@app.get("/api/day/<day>")
def day_sheet(day: str):
    """The office's sheet for a day: every walk booked, in pickup order, with who has it.

    Walks nobody has been given yet stay on the sheet with walker and walker_phone null,
    which the office screen shows in red until someone takes them."""
    sheet = []
    for walk in store.walks_on(_day(day)):
        sheet.append(
            {
                "id": walk.id,
                "dog": walk.dog,
                "owner": walk.owner,
                "pickup": walk.pickup.strftime("%H:%M"),
                "minutes": walk.minutes,
                "walker": walk.walker.name,
                "walker_phone": walk.walker.phone,
            }
        )
    return jsonify(sheet)


@app.get("/api/walkers/<int:walker_id>/day/<day>")
def walker_round(walker_id: int, day: str):
    """One walker's round for the day, for the app on their phone."""
    if walker_id not in store.WALKERS:
        abort(404)
    walks = [
        w for w in store.walks_on(_day(day)) if w.walker is not None and w.walker.id == walker_id
    ]
    return jsonify(
        {
            "walker": store.WALKERS[walker_id].name,
            "walks": [
                {"dog": w.dog, "pickup": w.pickup.strftime("%H:%M"), "minutes": w.minutes}
                for w in walks
            ],
            "minutes": sum(w.minutes for w in walks),
        }
    )
