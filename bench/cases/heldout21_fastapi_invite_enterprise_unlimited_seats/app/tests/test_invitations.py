import pytest
from fastapi.testclient import TestClient

from workspaces import store
from workspaces.api import app


@pytest.fixture(autouse=True)
def fresh() -> None:
    store.reset()


def test_invite() -> None:
    client = TestClient(app)
    response = client.post("/workspaces/acme/invitations", json={"email": " Cat@Acme.test "})
    assert response.status_code == 201
    assert response.json() == {"id": 1, "email": "cat@acme.test", "role": "member"}
    assert client.get("/workspaces/acme/invitations").json() == [
        {"id": 1, "email": "cat@acme.test", "role": "member"}
    ]


def test_free_plan_is_full_with_pending_invitations() -> None:
    client = TestClient(app)
    assert client.post("/workspaces/acme/invitations", json={"email": "cat@acme.test"}).status_code == 201
    response = client.post("/workspaces/acme/invitations", json={"email": "dan@acme.test"})
    assert response.status_code == 402
    assert client.get("/workspaces/acme/seats").json() == {"plan": "free", "used": 3, "limit": 3, "left": 0}


def test_already_member() -> None:
    response = TestClient(app).post("/workspaces/acme/invitations", json={"email": "bob@acme.test"})
    assert response.status_code == 409


def test_unknown_workspace() -> None:
    assert TestClient(app).post("/workspaces/nope/invitations", json={"email": "x@y.test"}).status_code == 404


def test_enterprise_seats() -> None:
    assert TestClient(app).get("/workspaces/initech/seats").json() == {
        "plan": "enterprise",
        "used": 41,
        "limit": None,
        "left": None,
    }
