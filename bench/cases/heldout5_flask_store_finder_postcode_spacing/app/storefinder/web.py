from __future__ import annotations

import math

from flask import Flask, abort, request

from storefinder.postcodes import locate

app = Flask(__name__)

STORES = [
    {"name": "Westminster", "lat": 51.4995, "lng": -0.1248},
    {"name": "Barbican", "lat": 51.5200, "lng": -0.0937},
    {"name": "Piccadilly Gardens", "lat": 53.4808, "lng": -2.2365},
    {"name": "Leeds Briggate", "lat": 53.7986, "lng": -1.5425},
]


def _km(lat1: float, lng1: float, lat2: float, lng2: float) -> float:
    dlat, dlng = math.radians(lat2 - lat1), math.radians(lng2 - lng1)
    a = math.sin(dlat / 2) ** 2 + math.cos(math.radians(lat1)) * math.cos(math.radians(lat2)) * math.sin(dlng / 2) ** 2
    return 6371 * 2 * math.asin(math.sqrt(a))


@app.get("/stores/nearest")
def nearest():
    """The two stores closest to ?postcode=. A postcode we cannot place is a 404."""
    lat, lng = locate(request.args.get("postcode", ""))
    ranked = sorted(STORES, key=lambda s: _km(lat, lng, s["lat"], s["lng"]))
    return {"stores": [s["name"] for s in ranked[:2]]}


@app.get("/stores/<name>")
def store(name: str):
    for candidate in STORES:
        if candidate["name"].lower() == name.lower():
            return candidate
    abort(404)
