from datetime import datetime, timedelta, timezone

from fastapi.testclient import TestClient

from accounts.api import app
from accounts.sessions import open_session, session_lifetime


def test_remembered_session_lasts_thirty_days() -> None:
    now = datetime(2026, 3, 2, 9, 0, tzinfo=timezone.utc)
    assert session_lifetime(True) == timedelta(days=30)
    assert open_session("ana@example.com", remember=True, now=now).expires_at == datetime(
        2026, 4, 1, 9, 0, tzinfo=timezone.utc
    )
    assert session_lifetime(False) == timedelta(hours=8)


def test_remember_me_over_http() -> None:
    before = datetime.now(timezone.utc)
    response = TestClient(app).post(
        "/sessions", json={"email": "ana@example.com", "password": "correct horse", "remember": True}
    )
    assert response.status_code == 200
    expires = datetime.fromisoformat(response.json()["expires_at"])
    assert before + timedelta(days=30) <= expires <= datetime.now(timezone.utc) + timedelta(days=30)
