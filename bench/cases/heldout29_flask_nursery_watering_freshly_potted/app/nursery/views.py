from __future__ import annotations

from datetime import date

from flask import Blueprint, abort, jsonify, request

from nursery import schedule, store

bp = Blueprint("plants", __name__)


def _plant_json(plant: store.Plant) -> dict[str, object]:
    return {
        "id": plant.id,
        "name": plant.name,
        "bench": plant.bench,
        "next_due": schedule.next_due(plant).isoformat(),
    }


@bp.post("/plants")
def add_plant():
    body = request.get_json()
    plant = store.add(
        body["name"],
        body.get("bench", "A"),
        date.fromisoformat(body["potted_on"]),
        int(body["interval_days"]),
    )
    return jsonify({"id": plant.id}), 201


@bp.post("/plants/<int:plant_id>/watered")
def log_watering(plant_id: int):
    plant = store.get(plant_id) or abort(404)
    plant.last_watered = date.fromisoformat(request.get_json()["on"])
    return jsonify(_plant_json(plant))


@bp.get("/plants/<int:plant_id>")
def show_plant(plant_id: int):
    plant = store.get(plant_id) or abort(404)
    return jsonify(_plant_json(plant))


@bp.get("/rota")
def rota():
    """The morning rota: every plant to water on ``?on=`` (default today), by bench."""
    day = date.fromisoformat(request.args.get("on") or date.today().isoformat())
    due = schedule.due_on(store.all_plants(), day)
    return jsonify([_plant_json(p) for p in sorted(due, key=lambda p: (p.bench, p.id))])
