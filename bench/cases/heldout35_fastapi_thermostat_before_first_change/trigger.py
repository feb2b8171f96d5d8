"""The bedside app asks what the living room is set to, just after five in the morning."""

from fastapi.testclient import TestClient

from heating.api import app

TestClient(app).get("/thermostats/1/setpoint", params={"at": "05:10"})
