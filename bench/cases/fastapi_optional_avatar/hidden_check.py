from fastapi.testclient import TestClient

from accounts.api import app

client = TestClient(app)


def test_account_without_avatar_has_null_url() -> None:
    response = client.get("/accounts/2")
    assert response.status_code == 200
    assert response.json() == {"id": 2, "handle": "grace", "avatar_url": None}


def test_account_with_avatar_unchanged() -> None:
    assert client.get("/accounts/1").json()["avatar_url"] == "https://cdn.example/ada.png"
