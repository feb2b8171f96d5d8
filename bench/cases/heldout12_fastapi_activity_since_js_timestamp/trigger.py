"""The dashboard polls for new activity with the newest timestamp it shows, from toISOString()."""

from fastapi.testclient import TestClient

from activity.api import app

TestClient(app).get("/activity", params={"since": "2024-05-01T12:00:05.250Z"})
