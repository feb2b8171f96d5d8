"""A customer who signed up in 2019 opens the settings page for the first time."""

from accounts.api import app
from fastapi.testclient import TestClient

TestClient(app).get("/accounts/3/preferences")
