"""A customer types the code from last year's flyer at checkout."""

from fastapi.testclient import TestClient

from shop.api import app

TestClient(app).post(
    "/checkout/total",
    json={"lines": [{"sku": "tee", "quantity": 2}, {"sku": "mug"}], "coupon": "SUMMER15"},
)
