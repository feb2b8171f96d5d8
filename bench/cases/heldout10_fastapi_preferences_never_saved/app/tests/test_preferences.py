from accounts.api import app
from fastapi.testclient import TestClient


def test_saved_preferences() -> None:
    response = TestClient(app).get("/accounts/1/preferences")
    assert response.json() == {"theme": "dark", "language": "pt", "weekly_digest": False}


def test_partial_preferences_keep_defaults() -> None:
    response = TestClient(app).get("/accounts/2/preferences")
    assert response.json() == {"theme": "light", "language": "sv", "weekly_digest": True}


def test_unknown_account() -> None:
    assert TestClient(app).get("/accounts/99/preferences").status_code == 404
