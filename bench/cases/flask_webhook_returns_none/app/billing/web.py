from flask import Flask, request

app = Flask(__name__)
PAID: set[str] = set()
REFUNDED: set[str] = set()


@app.post("/webhooks/payments")
def payment_webhook():
    """Payment provider callbacks. Events we do not act on are acknowledged with 204,
    otherwise the provider retries them for three days."""
    event = request.get_json()
    kind = event.get("type")
    if kind == "payment.succeeded":
        PAID.add(event["invoice"])
        return {"status": "recorded"}, 200
    if kind == "payment.refunded":
        REFUNDED.add(event["invoice"])
        return {"status": "recorded"}, 200
    if kind == "ping":
        return "", 204
