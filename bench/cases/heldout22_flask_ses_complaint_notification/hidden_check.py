import json

import pytest

from mailhooks import suppression
from mailhooks.app import app


@pytest.fixture(autouse=True)
def fresh() -> None:
    suppression.reset()


def complaint(*addresses: str) -> dict:
    notification = {
        "notificationType": "Complaint",
        "mail": {"messageId": "0100018f-newsletter-42"},
        "complaint": {
            "complainedRecipients": [{"emailAddress": a} for a in addresses],
            "complaintFeedbackType": "abuse",
        },
    }
    return {"Type": "Notification", "MessageId": "sns-77", "Message": json.dumps(notification)}


def test_complaint_suppresses_the_recipients() -> None:
    client = app.test_client()
    response = client.post("/hooks/ses", json=complaint("Reader@Example.org", "other@example.org"))
    assert response.status_code == 200
    assert suppression.reason_for("reader@example.org") == suppression.COMPLAINT
    assert suppression.reason_for("other@example.org") == suppression.COMPLAINT
    status = client.get("/suppressions/reader@example.org")
    assert status.get_json() == {"address": "reader@example.org", "reason": "complaint"}


def test_complaint_is_not_counted_as_a_soft_bounce() -> None:
    client = app.test_client()
    client.post("/hooks/ses", json=complaint("once@example.org"))
    assert suppression.is_suppressed("once@example.org")
    assert suppression.soft_bounces("once@example.org") == 0


def test_bounces_unchanged() -> None:
    client = app.test_client()
    bounce = {"notificationType": "Bounce",
              "bounce": {"bounceType": "Permanent", "bouncedRecipients": [{"emailAddress": "x@example.org"}]}}
    client.post("/hooks/ses", json={"Type": "Notification", "Message": json.dumps(bounce)})
    assert suppression.reason_for("x@example.org") == suppression.HARD_BOUNCE
