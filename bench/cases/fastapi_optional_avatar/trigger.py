"""An invited user, who has not uploaded an avatar, opens their account page."""

from fastapi.testclient import TestClient

from accounts.api import app

TestClient(app).get("/accounts/2")
