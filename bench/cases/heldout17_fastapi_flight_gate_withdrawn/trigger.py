"""AeroLink swaps AL578's stand: the gate it announced is withdrawn until a new one is set."""

from fastapi.testclient import TestClient

from flightboard.api import app

TestClient(app).post("/feeds/aerolink", json={"flight": "AL578", "status": "DELAYED", "gate": None})
