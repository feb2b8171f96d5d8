from __future__ import annotations

from datetime import date

from flask import Flask, abort, jsonify

from vetclinic import boosters, records

app = Flask(__name__)


def today() -> date:
    return date.today()


@app.get("/pets/<int:pet_id>")
def pet_summary(pet_id: int):
    pet = records.get(pet_id) or abort(404)
    return jsonify(id=pet.id, name=pet.name, species=pet.species, registered_on=pet.registered_on.isoformat())


@app.get("/pets/<int:pet_id>/vaccination-card")
def vaccination_card(pet_id: int):
    """What the owner sees in the app: the jabs given and when the next one is due."""
    pet = records.get(pet_id) or abort(404)
    due = boosters.next_due(pet)
    return jsonify(
        name=pet.name,
        history=[{"date": v.given_on.isoformat(), "vaccine": v.vaccine} for v in pet.vaccinations],
        next_due=due.isoformat(),
        overdue=due < today(),
    )
