"""A support agent presses "Refund in full" on an invoice that was already partly refunded;
the page sends only the reason."""

from fastapi.testclient import TestClient

from payments.api import app

TestClient(app).post("/invoices/INV-1002/refunds", json={"reason": "duplicate_charge"})
