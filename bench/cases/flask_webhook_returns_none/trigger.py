"""The payment provider starts sending a new kind of event."""

from billing.web import app

app.test_client().post(
    "/webhooks/payments", json={"type": "payment.disputed", "invoice": "in_7"}
)
