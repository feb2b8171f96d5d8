"""A customer in Germany opens the order summary before paying."""

from fastapi.testclient import TestClient

from checkout.api import app

TestClient(app).post(
    "/cart/preview",
    json={
        "currency": "EUR",
        "lines": [{"name": "Mug", "unit_price": "6.25", "quantity": 2}, {"name": "Tea", "unit_price": "4.90"}],
    },
)
