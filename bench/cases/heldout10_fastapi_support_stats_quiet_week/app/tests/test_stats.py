from fastapi.testclient import TestClient
from helpdesk.api import app


def test_busy_week() -> None:
    body = TestClient(app).get("/teams/billing/stats", params={"week": "2026-W10"}).json()
    assert body == {"team": "billing", "week": "2026-W10", "closed": 3, "median_minutes": 30.0}


def test_single_ticket() -> None:
    body = TestClient(app).get("/teams/shipping/stats", params={"week": "2026-W10"}).json()
    assert body["median_minutes"] == 45.0
