from datetime import datetime, timedelta, timezone

from fastapi.testclient import TestClient

from accounts.api import app
from accounts.sessions import open_session


def test_plain_sign_in_lasts_eight_hours() -> None:
    now = datetime(2026, 3, 2, 9, 0, tzinfo=timezone.utc)
    assert open_session("ana@example.com", remember=False, now=now).expires_at == now + timedelta(hours=8)


def test_sign_in_over_http() -> None:
    response = TestClient(app).post("/sessions", json={"email": "bo@example.com", "password": "battery staple"})
    assert response.status_code == 200
    assert set(response.json()) == {"token", "expires_at"}


def test_wrong_password() -> None:
    response = TestClient(app).post("/sessions", json={"email": "bo@example.com", "password": "nope"})
    assert response.status_code == 401
