from __future__ import annotations

from flask import Flask, abort, jsonify, request

from boxoffice.pricing import price_for_age

SCREENINGS = {
    "s101": {"film": "The Lighthouse Keeper", "starts": "2025-03-14T19:30", "seats": 120},
    "s102": {"film": "Paddington in Peru", "starts": "2025-03-15T11:00", "seats": 180},
}


def create_app() -> Flask:
    app = Flask(__name__)

    @app.get("/screenings/<screening_id>")
    def screening(screening_id: str):
        if screening_id not in SCREENINGS:
            abort(404)
        return jsonify(SCREENINGS[screening_id])

    @app.post("/screenings/<screening_id>/quote")
    def quote(screening_id: str):
        """The basket total for the ticket form: one ``age`` field per guest, in the
        order the guests were added (the age box may be left empty)."""
        if screening_id not in SCREENINGS:
            abort(404)
        ages = [int(value) for value in request.form.getlist("age")]
        prices = [price_for_age(age) for age in ages]
        return jsonify({"screening": screening_id, "prices": prices, "total": sum(prices)})

    return app
