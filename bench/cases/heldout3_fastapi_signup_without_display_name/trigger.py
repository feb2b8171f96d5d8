"""A new member signs up and skips the optional display-name field."""

from fastapi.testclient import TestClient

from clubhouse.api import app

TestClient(app).post("/members", json={"username": "marta_k", "email": "Marta.K@example.com"})
