import pytest
from fastapi.testclient import TestClient

from accounts import store
from accounts.api import app


@pytest.fixture(autouse=True)
def fresh() -> None:
    store.reset()


def test_patch_without_email_keeps_the_stored_email() -> None:
    client = TestClient(app)
    response = client.patch("/profiles/1", json={"bio": "Mathematician"})
    assert response.status_code == 200
    assert response.json() == {"id": 1, "name": "Ada Lovelace", "email": "ada@example.com", "bio": "Mathematician"}
    assert client.get("/profiles/1").json()["email"] == "ada@example.com"


def test_patch_name_only_and_email_still_lowered() -> None:
    client = TestClient(app)
    assert client.patch("/profiles/2", json={"name": "Rear Admiral Hopper"}).json()["email"] == "grace@example.com"
    assert client.patch("/profiles/2", json={"email": "GRACE@Example.com"}).json()["email"] == "grace@example.com"
