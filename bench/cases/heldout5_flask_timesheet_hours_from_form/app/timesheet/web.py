from __future__ import annotations

from decimal import Decimal

from flask import Flask, request

from timesheet.billing import HOURLY_RATES, line_amount

app = Flask(__name__)


@app.get("/rates")
def rates():
    return {kind: str(rate) for kind, rate in HOURLY_RATES.items()}


@app.post("/entries/json")
def add_entry_json():
    """Entries sent by the desktop timer, whose hours are JSON numbers."""
    entry = request.get_json()
    hours = Decimal(str(entry["hours"]))
    return {"kind": entry["kind"], "hours": str(hours), "amount": str(line_amount(hours, HOURLY_RATES[entry["kind"]]))}


@app.post("/entries")
def add_entry():
    """The 'log time' form of the web page."""
    kind = request.form["kind"]
    hours = request.form["hours"]
    return {"kind": kind, "hours": hours, "amount": str(line_amount(hours, HOURLY_RATES[kind]))}
