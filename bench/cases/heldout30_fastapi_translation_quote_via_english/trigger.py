"""A client asks for a quote for their Portuguese user manual in Japanese."""

from fastapi.testclient import TestClient
from quotes.api import app

TestClient(app).post("/quotes", json={"source": "pt", "target": "ja", "words": 1200})
