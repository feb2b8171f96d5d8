"""The site's tracking snippet reports a page view."""

from fastapi.testclient import TestClient

from analytics.api import app

TestClient(app).post("/visits", json={"path": "/pricing", "ip": "81.250.10.4"})
