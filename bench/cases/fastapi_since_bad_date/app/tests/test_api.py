from fastapi.testclient import TestClient

from feed.api import app

client = TestClient(app)


def test_all_posts() -> None:
    assert [p["id"] for p in client.get("/posts").json()] == [1, 2, 3]


def test_since() -> None:
    assert [p["id"] for p in client.get("/posts", params={"since": "2024-02-01"}).json()] == [2, 3]


def test_bad_limit_is_400() -> None:
    assert client.get("/posts", params={"limit": "ten"}).status_code == 400
