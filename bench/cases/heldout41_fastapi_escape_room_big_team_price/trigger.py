"""A birthday party of seven books the submarine room for a Thursday evening."""

from fastapi.testclient import TestClient

from escape.api import app

TestClient(app).post("/quotes", json={"room": "submarine", "players": 7})
