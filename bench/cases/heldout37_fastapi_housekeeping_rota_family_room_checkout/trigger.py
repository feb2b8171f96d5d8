"""The head housekeeper opens Friday's rota on the office tablet at 8am."""

from fastapi.testclient import TestClient

from housekeeping.api import app

TestClient(app).get("/rota/2024-06-14")
