from fastapi.testclient import TestClient
from helpdesk.api import app


def get(team: str, week: str) -> dict:
    response = TestClient(app).get(f"/teams/{team}/stats", params={"week": week})
    assert response.status_code == 200
    return response.json()


def test_week_without_closed_tickets_has_no_median() -> None:
    assert get("billing", "2026-W11") == {
        "team": "billing",
        "week": "2026-W11",
        "closed": 0,
        "median_minutes": None,
    }
    assert get("shipping", "2026-W11")["median_minutes"] is None


def test_busy_week_unchanged() -> None:
    assert get("billing", "2026-W10")["median_minutes"] == 30.0
