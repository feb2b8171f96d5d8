"""The departure board at Oban pier asks for the next boat after the last one has left."""

from fastapi.testclient import TestClient

from ferry.api import app

TestClient(app).get("/routes/oban-craignure/next", params={"at": "2024-07-12T21:40:00"})
