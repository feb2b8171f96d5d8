"""The founder of a small studio workspace clicks "Leave workspace" in the settings."""

from fastapi.testclient import TestClient

from teamspace.api import app

TestClient(app).post("/workspaces/studio/leave", headers={"X-User-Id": "10"})
