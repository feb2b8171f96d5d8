from __future__ import annotations

from typing import Any

from flask import Blueprint, abort, jsonify, request

from hookrelay import outbox, subscriptions

bp = Blueprint("hooks", __name__)


def _subscription_json(s: subscriptions.Subscription) -> dict[str, Any]:
    return {"id": s.id, "url": s.url, "event_types": s.event_types, "active": s.active}


@bp.post("/subscriptions")
def create_subscription() -> Any:
    """Register an endpoint. ``event_types`` is optional: leave it out to receive
    every event (the dashboard's "all events" choice)."""
    payload = request.get_json(silent=True) or {}
    url = payload.get("url")
    if not isinstance(url, str) or not url.startswith("https://"):
        abort(400, "url must be an https:// URL")
    event_types = payload.get("event_types")
    if event_types is not None and not all(isinstance(t, str) for t in event_types):
        abort(400, "event_types must be a list of strings")
    subscription = subscriptions.add(url, event_types)
    return jsonify(_subscription_json(subscription)), 201


@bp.get("/subscriptions")
def list_subscriptions() -> Any:
    return jsonify([_subscription_json(s) for s in subscriptions.all_subscriptions()])


@bp.post("/events")
def publish_event() -> Any:
    """Fan an event out: one delivery per subscriber that wants its type."""
    event = request.get_json(silent=True) or {}
    if not event.get("id") or not event.get("type"):
        abort(400, "an event needs an id and a type")
    queued = [outbox.enqueue(s, event) for s in subscriptions.subscribers_for(event["type"])]
    return jsonify({"event": event["id"], "queued": len(queued)}), 202
