from billing.web import PAID, REFUNDED, app

client = app.test_client()


def test_unknown_event_is_acknowledged_with_204() -> None:
    response = client.post("/webhooks/payments", json={"type": "payment.disputed", "invoice": "in_7"})
    assert response.status_code == 204
    assert "in_7" not in PAID and "in_7" not in REFUNDED


def test_known_events_unchanged() -> None:
    assert client.post("/webhooks/payments", json={"type": "ping"}).status_code == 204
    assert client.post(
        "/webhooks/payments", json={"type": "payment.succeeded", "invoice": "in_8"}
    ).status_code == 200
