"""The mobile sync client resumes after event 21 with an open-ended range."""

from fastapi.testclient import TestClient
from feed.api import app

TestClient(app).get("/events", headers={"Range": "items=21-"})
