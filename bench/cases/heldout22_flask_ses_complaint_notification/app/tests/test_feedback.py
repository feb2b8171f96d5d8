import json

import pytest

from mailhooks import suppression
from mailhooks.app import app


@pytest.fixture(autouse=True)
def fresh() -> None:
    suppression.reset()


@pytest.fixture
def client():
    app.config["TESTING"] = True
    return app.test_client()


def sns(notification: dict) -> dict:
    return {"Type": "Notification", "MessageId": "m-1", "Message": json.dumps(notification)}


def bounce(kind: str, *addresses: str) -> dict:
    return sns({
        "notificationType": "Bounce",
        "bounce": {"bounceType": kind, "bouncedRecipients": [{"emailAddress": a} for a in addresses]},
    })


def test_permanent_bounce_suppresses(client) -> None:
    response = client.post("/hooks/ses", json=bounce("Permanent", "Gone@Example.com"))
    assert response.get_json() == {"handled": "Bounce", "recipients": 1}
    status = client.get("/suppressions/gone@example.com")
    assert status.get_json() == {"address": "gone@example.com", "reason": "hard_bounce"}


def test_transient_bounces_reach_the_limit(client) -> None:
    for _ in range(suppression.SOFT_BOUNCE_LIMIT - 1):
        client.post("/hooks/ses", json=bounce("Transient", "full@example.com"))
    assert client.get("/suppressions/full@example.com").status_code == 404
    client.post("/hooks/ses", json=bounce("Transient", "full@example.com"))
    assert suppression.reason_for("full@example.com") == "soft_bounce_limit"


def test_delivery_resets_soft_bounces(client) -> None:
    client.post("/hooks/ses", json=bounce("Transient", "busy@example.com"))
    delivered = sns({"notificationType": "Delivery", "delivery": {"recipients": ["busy@example.com"]}})
    assert client.post("/hooks/ses", json=delivered).get_json()["recipients"] == 1
    assert suppression.soft_bounces("busy@example.com") == 0


def test_subscription_confirmation(client) -> None:
    response = client.post("/hooks/ses", json={"Type": "SubscriptionConfirmation", "SubscribeURL": "https://sns"})
    assert response.status_code == 200


def test_unknown_envelope(client) -> None:
    assert client.post("/hooks/ses", json={"Type": "Other"}).status_code == 400
