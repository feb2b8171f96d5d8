"""A partner agency's system sends its cabin letters lower-case: a business-class booking."""

from fastapi.testclient import TestClient

from farebook.api import app

TestClient(app).post(
    "/bookings",
    json={"partner_ref": "TRV-88412", "origin": "LHR", "destination": "JFK", "cabin": "j", "passengers": 2},
)
