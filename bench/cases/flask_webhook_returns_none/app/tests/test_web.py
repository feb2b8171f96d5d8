from billing.web import PAID, REFUNDED, app

client = app.test_client()


def test_payment_recorded() -> None:
    response = client.post("/webhooks/payments", json={"type": "payment.succeeded", "invoice": "in_1"})
    assert response.status_code == 200
    assert "in_1" in PAID


def test_refund_recorded() -> None:
    client.post("/webhooks/payments", json={"type": "payment.refunded", "invoice": "in_2"})
    assert "in_2" in REFUNDED


def test_ping() -> None:
    assert client.post("/webhooks/payments", json={"type": "ping"}).status_code == 204
