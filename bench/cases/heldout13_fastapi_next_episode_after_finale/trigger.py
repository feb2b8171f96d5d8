"""A viewer reaches the end of the season finale; the player asks what comes next."""

from fastapi.testclient import TestClient

from shows.api import app

TestClient(app).get("/shows/harbour-lights/seasons/1/episodes/3/next")
