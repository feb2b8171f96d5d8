from fastapi.testclient import TestClient

from profiles.api import app

client = TestClient(app)


def test_profile() -> None:
    assert client.get("/profiles/1").json() == {"name": "Ada", "bio": "Analyst"}


def test_missing_profile() -> None:
    assert client.get("/profiles/9").status_code == 404


def test_stats() -> None:
    assert client.get("/stats").json() == {"profiles": 2}
