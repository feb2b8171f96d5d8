"""A reader asks for the tomato soup card for a dinner party of six."""

from fastapi.testclient import TestClient

from recipes.api import app

TestClient(app).get("/recipes/2/scaled", params={"serves": 6})
