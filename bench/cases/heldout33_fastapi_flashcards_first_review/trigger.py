"""A learner meets "el puente" for the first time and marks it "good"."""

from fastapi.testclient import TestClient

from flashcards.api import app

TestClient(app).post("/cards/3/reviews", json={"grade": "good", "reviewed_on": "2024-05-10"})
