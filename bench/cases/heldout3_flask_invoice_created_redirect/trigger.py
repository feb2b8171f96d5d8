"""The bookkeeper writes a new invoice in the back office."""

from billing.web import app

app.test_client().post("/invoices", data={"customer": "Initech", "amount": "349.90"})
