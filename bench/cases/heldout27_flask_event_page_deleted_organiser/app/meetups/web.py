from __future__ import annotations

from flask import Flask, abort, jsonify

from meetups import store

app = Flask(__name__)


@app.get("/events")
def list_events():
    return jsonify([{"id": e.id, "title": e.title, "starts": e.starts.isoformat()} for e in store.upcoming()])


@app.get("/events/<int:event_id>")
def show_event(event_id: int):
    event = store.get_event(event_id)
    if event is None:
        abort(404)
    return jsonify(
        {
            "title": event.title,
            "starts": event.starts.isoformat(),
            "organiser": event.organiser.display_name,
            "attendees": [store.member_name(m) for m in event.attendees],
            "going": len(event.attendees),
        }
    )
