from __future__ import annotations

from flask import Flask, Response, abort, jsonify

from fares.pricing import fare_for, routes

app = Flask(__name__)


@app.get("/api/fares/<route>")
def fare(route: str):
    found = fare_for(route)
    if found is None:
        abort(404)
    return jsonify(route=route, amount=f"{found.amount:.2f}", currency=found.currency)


@app.get("/fares.csv")
def fares_csv() -> Response:
    """Every route's base fare for the travel agents' booking tools: a header line, then
    ``route,amount,currency`` per route, amounts with two decimals."""
    lines = ["route,amount,currency"]
    for route in routes():
        fare = fare_for(route)
        lines.append(f"{route},{fare:.2f},EUR")
    return Response("\n".join(lines) + "\n", mimetype="text/csv")
