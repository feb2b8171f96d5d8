"""A club member opens the page of the saison they brewed last weekend."""

from fastapi.testclient import TestClient

from brewlog.api import app

TestClient(app).get("/batches/3")
