from __future__ import annotations

from flask import Flask, abort, jsonify

from picking import warehouse


def create_app() -> Flask:
    app = Flask(__name__)

    @app.get("/stock/<sku>/location")
    def stock_location(sku: str):
        return jsonify({"sku": sku, "location": warehouse.location_of(sku)})

    @app.get("/orders/<number>/picklist")
    def picklist(number: str):
        """The picker's route for one order: every line, in walking order (by location)."""
        order = warehouse.ORDERS.get(number)
        if order is None:
            abort(404)
        stops = sorted(
            ({"location": warehouse.SHELVES[line.sku], "sku": line.sku, "quantity": line.quantity}
             for line in order.lines),
            key=lambda stop: stop["location"],
        )
        return jsonify({"order": order.number, "stops": stops})

    return app
