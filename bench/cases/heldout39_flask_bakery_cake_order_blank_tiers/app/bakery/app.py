from __future__ import annotations

from datetime import date

from flask import Flask, jsonify, request

from bakery.cakes import FIRST_TIER, MAX_TIERS, cake_price, earliest_collection

app = Flask(__name__)

#: Orders taken since the shop opened this morning (the till uploads them at close).
ORDERS: list[dict[str, object]] = []


@app.get("/cakes/sizes")
def sizes():
    return jsonify({str(size): str(price) for size, price in FIRST_TIER.items()})


@app.post("/cakes/order")
def order_cake():
    """The celebration-cake form on the shop's website posts here."""
    size = int(request.form["size"])
    tiers = int(request.form["tiers"])
    inscription = request.form.get("inscription", "")
    if size not in FIRST_TIER or tiers > MAX_TIERS:
        return jsonify({"error": "we don't bake that cake"}), 400
    order = {
        "number": len(ORDERS) + 1,
        "size": size,
        "tiers": tiers,
        "inscription": inscription.strip(),
        "price": str(cake_price(size, tiers, inscription)),
        "collect_from": earliest_collection(date.today()).isoformat(),
    }
    ORDERS.append(order)
    return jsonify(order), 201
