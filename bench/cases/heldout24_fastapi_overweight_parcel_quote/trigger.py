"""A customer checks out a garden bench, shipped as one 23.4 kg parcel."""

from fastapi.testclient import TestClient

from parcels.api import app

TestClient(app).post(
    "/quotes", json={"carrier": "dhl", "parcels": [{"weight_kg": "1.5"}, {"weight_kg": "23.4"}]}
)
