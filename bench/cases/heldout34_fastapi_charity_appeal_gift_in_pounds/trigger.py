"""A supporter in York gives twenty-five pounds to the winter coats appeal."""

from fastapi.testclient import TestClient

from appeals.api import app

TestClient(app).post("/appeals/1/donations", json={"donor": "Priya", "amount": "25.00", "currency": "GBP"})
