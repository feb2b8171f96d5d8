from __future__ import annotations

from flask import Flask, request

from analytics.store import EVENTS, accept

app = Flask(__name__)


@app.post("/v1/events")
def collect():
    """Events from the mobile SDK.

    The body is one event, {"name": ..., "user": ..., "props": {...}}, or, when the phone
    was offline and flushes what it queued, a JSON list of such events in the order they
    happened. Either way the answer is {"accepted": <number of events stored>}.
    """
    payload = request.get_json()
    stored = accept(payload.get("name"), payload.get("user"), payload.get("props") or {})
    return {"accepted": int(stored)}


@app.get("/v1/events/count")
def count():
    return {"count": len(EVENTS)}
