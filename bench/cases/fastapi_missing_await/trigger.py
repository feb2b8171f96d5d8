"""The new profile card asks for a user's headline."""

from fastapi.testclient import TestClient

from profiles.api import app

TestClient(app).get("/profiles/2/headline")
