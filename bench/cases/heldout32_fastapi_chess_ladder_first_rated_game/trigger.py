"""Club night: the newest member wins his first rated game and the arbiter enters it."""

from fastapi.testclient import TestClient
from ladder.api import app

TestClient(app).post("/games", json={"white": 4, "black": 1, "result": "1-0"})
