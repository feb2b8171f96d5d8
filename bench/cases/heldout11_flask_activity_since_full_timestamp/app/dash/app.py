from __future__ import annotations

from datetime import datetime

from flask import Flask, jsonify, request

app = Flask(__name__)

ACTIVITY = [
    {"at": datetime(2026, 3, 6, 23, 10), "what": "invoice paid"},
    {"at": datetime(2026, 3, 7, 8, 5), "what": "user invited"},
    {"at": datetime(2026, 3, 7, 14, 30), "what": "invoice sent"},
    {"at": datetime(2026, 3, 8, 9, 0), "what": "plan upgraded"},
]


def parse_since(value: str) -> datetime:
    """``?since=`` is a date (``2026-03-07``, from midnight) or a full ISO timestamp
    (``2026-03-07T14:00:00``), which the dashboard's "new since last visit" link sends."""
    return datetime.strptime(value, "%Y-%m-%d")


@app.get("/activity")
def activity():
    since = request.args.get("since")
    items = ACTIVITY
    if since:
        start = parse_since(since)
        items = [a for a in items if a["at"] >= start]
    return jsonify([{"at": a["at"].isoformat(), "what": a["what"]} for a in items])
