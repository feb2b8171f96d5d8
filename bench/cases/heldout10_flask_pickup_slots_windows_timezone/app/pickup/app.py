from __future__ import annotations

from flask import Flask, jsonify, request

from pickup.slots import SHOP_TIMEZONE, slots_for

app = Flask(__name__)


@app.get("/pickup-slots")
def pickup_slots():
    zone = request.args.get("tz", SHOP_TIMEZONE)
    return jsonify(slots=slots_for(zone))
