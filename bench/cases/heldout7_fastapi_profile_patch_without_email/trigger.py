"""A user edits only their bio on the profile page; the page sends just that field."""

from fastapi.testclient import TestClient

from accounts.api import app

TestClient(app).patch("/profiles/1", json={"bio": "Mathematician"})
