"""A client sends a US-style date."""

from fastapi.testclient import TestClient

from feed.api import app

TestClient(app).get("/posts", params={"since": "03/01/2024"})
