from fastapi.testclient import TestClient

from accounts.api import app

client = TestClient(app)


def test_account_with_avatar() -> None:
    assert client.get("/accounts/1").json() == {
        "id": 1, "handle": "ada", "avatar_url": "https://cdn.example/ada.png"
    }


def test_unknown_account() -> None:
    assert client.get("/accounts/5").status_code == 404
