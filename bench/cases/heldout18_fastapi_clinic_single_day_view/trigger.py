"""The front desk opens Monday's day view for Dr. Okafor."""

from fastapi.testclient import TestClient

from clinic.api import app

TestClient(app).get("/clinicians/1/appointments", params={"dates": "2024-05-06"})
