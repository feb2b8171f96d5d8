"""The new cold room at the south depot sends its first report."""

from fastapi.testclient import TestClient

from coldchain.api import app

TestClient(app).post("/readings", json={"sensor": "south-room-1", "raw": 352})
