"""A member asks the booking page for the grass court at seven in the evening."""

from fastapi.testclient import TestClient

from courts.api import app

TestClient(app).get("/courts/3/quote", params={"start": 19, "hours": 1})
