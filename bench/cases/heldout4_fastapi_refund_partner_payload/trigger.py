"""Support refunds part of a payment from the back office."""

from decimal import Decimal

from fastapi.testclient import TestClient

from payhub.api import PAYMENTS, app
from payhub.partner import Payment

PAYMENTS["P-20931"] = Payment("P-20931", Decimal("59.90"))
TestClient(app).post("/payments/P-20931/refunds", json={"amount": "12.45", "reason": "damaged"})
