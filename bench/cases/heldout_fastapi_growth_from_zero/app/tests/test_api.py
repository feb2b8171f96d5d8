from fastapi.testclient import TestClient

from metrics.api import app

client = TestClient(app)


def test_growth() -> None:
    assert client.get("/campaigns/spring-newsletter/weeks/2026-11-16").json() == {
        "campaign": "spring-newsletter",
        "week": "2026-11-16",
        "signups": 50,
        "previous": 40,
        "change_pct": 25.0,
    }


def test_unknown_campaign() -> None:
    assert client.get("/campaigns/nope/weeks/2026-11-16").status_code == 404
