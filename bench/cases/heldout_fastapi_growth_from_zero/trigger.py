"""The marketing dashboard loads this week's figures for the Black Friday campaign."""

from fastapi.testclient import TestClient

from metrics.api import app

TestClient(app).get("/campaigns/black-friday/weeks/2026-11-23")
