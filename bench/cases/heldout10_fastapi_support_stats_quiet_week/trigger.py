"""The team lead opens the dashboard for the week where nothing got closed yet."""

from fastapi.testclient import TestClient
from helpdesk.api import app

TestClient(app).get("/teams/billing/stats?week=2026-W11")
