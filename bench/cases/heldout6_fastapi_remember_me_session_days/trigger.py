"""Ana signs in on her own laptop and ticks "keep me signed in"."""

from fastapi.testclient import TestClient

from accounts.api import app

TestClient(app).post(
    "/sessions", json={"email": "ana@example.com", "password": "correct horse", "remember": True}
)
