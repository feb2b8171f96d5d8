import pytest
from fastapi.testclient import TestClient

from accounts import store
from accounts.api import app


@pytest.fixture(autouse=True)
def fresh() -> None:
    store.reset()


def test_read_profile() -> None:
    response = TestClient(app).get("/profiles/1")
    assert response.json()["email"] == "ada@example.com"


def test_unknown_profile() -> None:
    assert TestClient(app).get("/profiles/9").status_code == 404


def test_change_email() -> None:
    response = TestClient(app).patch("/profiles/2", json={"email": " Grace@Navy.MIL "})
    assert response.json() == {"id": 2, "name": "Grace Hopper", "email": "grace@navy.mil", "bio": ""}
