"""A family books ten days of red-run skis on the booking page, helmet included."""

from fastapi.testclient import TestClient

from skihire.api import app

TestClient(app).get("/quote", params={"package": "red", "days": 10, "helmet": "true"})
