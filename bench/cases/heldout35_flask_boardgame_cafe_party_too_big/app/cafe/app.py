from __future__ import annotations

from flask import Flask, jsonify, request

from cafe import bookings
from cafe.tables import allocate_table


def create_app() -> Flask:
    app = Flask(__name__)

    @app.post("/bookings")
    def book():
        data = request.get_json(silent=True) or {}
        name = str(data.get("name", "")).strip()
        slot = data.get("slot")
        try:
            party_size = int(data.get("party_size", 0))
        except (TypeError, ValueError):
            party_size = 0
        if not name or slot not in bookings.SLOTS or party_size < 1:
            return jsonify(error="name, slot and party_size are required"), 400
        table = allocate_table(party_size, bookings.taken_tables(slot))
        if table is None:
            return jsonify(error="No single table is free for your group then: call us and we will see what we can do."), 409
        return jsonify(bookings.add(name, party_size, slot, table.name)), 201

    @app.get("/bookings/<slot>")
    def slot_bookings(slot: str):
        if slot not in bookings.SLOTS:
            return jsonify(error="unknown slot"), 404
        return jsonify(bookings.for_slot(slot))

    return app
