"""The scheduler's first run of the contact sync after the service is deployed."""

from fastapi.testclient import TestClient

from crmsync.api import app

TestClient(app).post("/sync/contacts")
