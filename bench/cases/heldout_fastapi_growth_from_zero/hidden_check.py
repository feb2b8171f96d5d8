from fastapi.testclient import TestClient

from metrics.api import app

client = TestClient(app)


def test_growth_from_zero_is_null() -> None:
    response = client.get("/campaigns/black-friday/weeks/2026-11-23")
    assert response.status_code == 200
    assert response.json() == {
        "campaign": "black-friday",
        "week": "2026-11-23",
        "signups": 25,
        "previous": 0,
        "change_pct": None,
    }


def test_week_without_a_row_before_it_is_null_too() -> None:
    body = client.get("/campaigns/spring-newsletter/weeks/2026-11-09").json()
    assert body["previous"] == 0 and body["change_pct"] is None


def test_decline_unchanged() -> None:
    body = client.get("/campaigns/spring-newsletter/weeks/2026-11-23").json()
    assert body["signups"] == 0 and body["change_pct"] == -100.0
