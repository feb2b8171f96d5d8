"""The endpoint the door scanners call, one request per barcode read."""

from __future__ import annotations

from typing import Any

from flask import Flask, Response, jsonify, request

from doorscan import tickets

#: The reason codes the scanner firmware knows, with the text it shows the steward.
#: The firmware acts on the JSON body alone: any status but 200 is a network fault to
#: it, and it retries the same scan until the steward power-cycles the device.
REASONS = {
    "ok": "Welcome in",
    "already_scanned": "Already used",
    "wrong_event": "Ticket for another event",
    "unknown_ticket": "Not one of our tickets",
}


def verdict(admit: bool, reason: str, **extra: Any) -> Response:
    return jsonify(admit=admit, reason=reason, message=REASONS[reason], **extra)


def create_app() -> Flask:
    app = Flask(__name__)

    @app.post("/events/<int:event_id>/scan")
    def scan(event_id: int) -> Response:
        """One barcode read at the door: answered 200 with admit true or false and a
        reason code from REASONS, whatever was scanned."""
        barcode = str(request.get_json(force=True)["barcode"]).strip().upper()
        ticket = tickets.TICKETS[barcode]
        if ticket.event_id != event_id:
            return verdict(False, "wrong_event")
        if ticket.scanned_at is not None:
            return verdict(False, "already_scanned", gate=ticket.gate)
        tickets.mark_scanned(ticket, request.headers.get("X-Gate", "main"))
        return verdict(True, "ok", holder=ticket.holder, tier=ticket.tier)

    @app.get("/events/<int:event_id>/attendance")
    def attendance(event_id: int) -> Response:
        return jsonify(event=event_id, admitted=tickets.admitted(event_id))

    return app
