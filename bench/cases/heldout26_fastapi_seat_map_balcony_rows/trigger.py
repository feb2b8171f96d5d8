"""A buyer opens the seat picker for the Winter Gala at the Grand, whose balcony rows are AA and AB."""

from fastapi.testclient import TestClient

from seating.api import app

TestClient(app).get("/events/2/seat-map")
