"""A sensor back from a power cut uploads its (empty) buffer."""

from fastapi.testclient import TestClient

from telemetry.api import app

TestClient(app).post("/batches", json={"sensor": "cold-room-1", "readings": []})
