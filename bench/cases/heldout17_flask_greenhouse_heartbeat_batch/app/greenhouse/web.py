from __future__ import annotations

from datetime import datetime

from flask import Flask, abort, jsonify, request

from greenhouse.readings import frost_alert, mean_temperature


def create_app() -> Flask:
    app = Flask(__name__)
    #: device id -> {"last_seen": ISO time, "last_mean_c": float | None}
    app.config["DEVICES"] = {}
    #: the frost alerts queued for the SMS gateway
    app.config["ALERTS"] = []

    @app.post("/ingest")
    def ingest():
        """Every batch, heartbeats included, refreshes the node's last_seen (the dashboard
        marks a node offline after 30 minutes without one); the answer tells the node
        what we made of it."""
        batch = request.get_json(silent=True)
        if not isinstance(batch, dict) or "device" not in batch or "readings" not in batch:
            abort(400)
        device = batch["device"]
        sent_at = datetime.fromisoformat(batch["sent_at"]).isoformat()
        mean = mean_temperature(batch["readings"])
        alert = frost_alert(mean)
        if alert:
            app.config["ALERTS"].append({"device": device, "mean_c": mean, "at": sent_at})
        state = app.config["DEVICES"].setdefault(device, {"last_mean_c": None})
        state["last_seen"] = sent_at
        if mean is not None:
            state["last_mean_c"] = mean
        return jsonify(device=device, readings=len(batch["readings"]), mean_c=mean, frost_alert=alert)

    @app.get("/devices/<device>")
    def device_state(device: str):
        state = app.config["DEVICES"].get(device)
        if state is None:
            abort(404)
        return jsonify(device=device, **state)

    return app
