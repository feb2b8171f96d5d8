import pytest
from fastapi.testclient import TestClient

from teamspace import store
from teamspace.api import app


@pytest.fixture(autouse=True)
def fresh() -> None:
    store.reset()


def roles(client: TestClient, slug: str, user_id: int) -> dict[int, str]:
    listing = client.get(f"/workspaces/{slug}/members", headers={"X-User-Id": str(user_id)}).json()
    return {m["user_id"]: m["role"] for m in listing}


def test_owner_without_an_admin_to_take_over_cannot_leave() -> None:
    client = TestClient(app)
    response = client.post("/workspaces/studio/leave", headers={"X-User-Id": "10"})
    assert response.status_code == 409
    assert roles(client, "studio", 10) == {10: "owner", 11: "member", 12: "viewer"}


def test_owner_can_leave_once_an_admin_is_there() -> None:
    client = TestClient(app)
    assert client.post("/workspaces/studio/leave", headers={"X-User-Id": "10"}).status_code == 409
    assert client.post("/workspaces/studio/transfer", json={"to": 11}, headers={"X-User-Id": "10"}).status_code == 200
    response = client.post("/workspaces/studio/leave", headers={"X-User-Id": "10"})
    assert response.status_code == 200
    assert response.json() == {"workspace": "studio", "owner": 11}
    assert roles(client, "studio", 11) == {11: "owner", 12: "viewer"}


def test_sole_owner_cannot_leave_an_otherwise_empty_workspace() -> None:
    client = TestClient(app)
    for user_id in (11, 12):
        assert client.delete(f"/workspaces/studio/members/{user_id}", headers={"X-User-Id": "10"}).status_code == 204
    assert client.post("/workspaces/studio/leave", headers={"X-User-Id": "10"}).status_code == 409
    assert roles(client, "studio", 10) == {10: "owner"}
