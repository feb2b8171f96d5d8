from fastapi.testclient import TestClient

from feed.api import app

client = TestClient(app)


def test_malformed_since_is_400() -> None:
    assert client.get("/posts", params={"since": "03/01/2024"}).status_code == 400


def test_since_unchanged() -> None:
    assert [p["id"] for p in client.get("/posts", params={"since": "2024-03-01"}).json()] == [2, 3]
