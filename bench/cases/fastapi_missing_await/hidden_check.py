from fastapi.testclient import TestClient

from profiles.api import app

client = TestClient(app)


def test_headline() -> None:
    assert client.get("/profiles/1/headline").json() == {"headline": "Ada (Analyst)"}
    assert client.get("/profiles/2/headline").json() == {"headline": "Grace (no bio)"}


def test_headline_of_missing_profile_is_404() -> None:
    assert client.get("/profiles/9/headline").status_code == 404
