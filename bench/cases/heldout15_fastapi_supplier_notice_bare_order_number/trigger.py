"""A supplier whose ERP keeps bare order numbers announces a delivery."""

from fastapi.testclient import TestClient

from receiving.api import app

TestClient(app).post(
    "/notices",
    json={"order": "123", "carrier": "Schenker", "arrives": "2024-05-16T07:00", "pallets": 14},
)
