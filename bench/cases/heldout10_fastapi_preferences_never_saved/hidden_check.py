from accounts.api import app
from fastapi.testclient import TestClient


def get(account_id: int) -> dict:
    response = TestClient(app).get(f"/accounts/{account_id}/preferences")
    assert response.status_code == 200
    return response.json()


def test_account_that_never_saved_gets_the_defaults() -> None:
    assert get(3) == {"theme": "light", "language": "en", "weekly_digest": True}


def test_saved_values_still_override() -> None:
    assert get(1) == {"theme": "dark", "language": "pt", "weekly_digest": False}
    assert get(2) == {"theme": "light", "language": "sv", "weekly_digest": True}
