import pytest
from fastapi.testclient import TestClient

from workspaces import store
from workspaces.api import app


@pytest.fixture(autouse=True)
def fresh() -> None:
    store.reset()


def test_enterprise_workspace_invites_without_a_seat_limit() -> None:
    client = TestClient(app)
    response = client.post(
        "/workspaces/initech/invitations", json={"email": "Milton@Initech.test", "role": "admin"}
    )
    assert response.status_code == 201
    assert response.json() == {"id": 1, "email": "milton@initech.test", "role": "admin"}
    response = client.post("/workspaces/initech/invitations", json={"email": "peter@initech.test"})
    assert response.status_code == 201
    assert client.get("/workspaces/initech/invitations").json() == [
        {"id": 1, "email": "milton@initech.test", "role": "admin"},
        {"id": 2, "email": "peter@initech.test", "role": "member"},
    ]
    assert client.get("/workspaces/initech/seats").json() == {
        "plan": "enterprise",
        "used": 43,
        "limit": None,
        "left": None,
    }


def test_limited_plans_still_fill_up() -> None:
    client = TestClient(app)
    assert client.post("/workspaces/acme/invitations", json={"email": "cat@acme.test"}).status_code == 201
    assert client.post("/workspaces/acme/invitations", json={"email": "dan@acme.test"}).status_code == 402
    assert client.post("/workspaces/initech/invitations", json={"email": "bill@initech.test"}).status_code == 409
