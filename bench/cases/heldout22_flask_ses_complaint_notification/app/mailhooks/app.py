"""Amazon SES feedback, delivered by SNS to ``POST /hooks/ses``.

SNS wraps each SES notification in an envelope whose ``Message`` is the notification as a
JSON string. The parts of the notifications read here:

    Bounce:     {"notificationType": "Bounce",
                 "bounce": {"bounceType": "Permanent" | "Transient" | "Undetermined",
                            "bouncedRecipients": [{"emailAddress": "..."}]}}
    Complaint:  {"notificationType": "Complaint",
                 "complaint": {"complainedRecipients": [{"emailAddress": "..."}]}}
    Delivery:   {"notificationType": "Delivery",
                 "delivery": {"recipients": ["..."]}}
"""

from __future__ import annotations

import json
import logging

from flask import Flask, abort, request

from mailhooks import suppression

log = logging.getLogger(__name__)

app = Flask(__name__)


@app.post("/hooks/ses")
def ses_feedback() -> dict[str, object]:
    """One SNS delivery of an SES notification.

    A permanent bounce suppresses its recipients at once; any other bounce counts toward
    SOFT_BOUNCE_LIMIT, and a delivery resets that count. A complaint (the recipient
    pressed "report spam") suppresses the complaining recipients for good: mailing them
    again is what gets a sending domain blocked.
    """
    envelope = request.get_json(force=True)
    if envelope.get("Type") == "SubscriptionConfirmation":
        log.info("SNS subscription to confirm: %s", envelope.get("SubscribeURL"))
        return {"handled": "SubscriptionConfirmation", "recipients": 0}
    if envelope.get("Type") != "Notification":
        abort(400)

    notification = json.loads(envelope["Message"])
    kind = notification["notificationType"]

    if kind == "Delivery":
        recipients = notification["delivery"]["recipients"]
        for address in recipients:
            suppression.record_delivery(address)
        return {"handled": kind, "recipients": len(recipients)}

    bounce = notification["bounce"]
    recipients = [r["emailAddress"] for r in bounce["bouncedRecipients"]]
    if bounce["bounceType"] == "Permanent":
        for address in recipients:
            suppression.suppress(address, suppression.HARD_BOUNCE)
    else:
        for address in recipients:
            suppression.record_soft_bounce(address)
    return {"handled": kind, "recipients": len(recipients)}


@app.get("/suppressions/<path:address>")
def suppression_status(address: str) -> dict[str, object]:
    reason = suppression.reason_for(address)
    if reason is None:
        abort(404)
    return {"address": suppression.normalise(address), "reason": reason}
