import pytest
from fastapi.testclient import TestClient

from teamspace import store
from teamspace.api import app


@pytest.fixture(autouse=True)
def fresh() -> None:
    store.reset()


def as_user(user_id: int) -> dict[str, str]:
    return {"X-User-Id": str(user_id)}


def roles(client: TestClient, slug: str, user_id: int) -> dict[int, str]:
    listing = client.get(f"/workspaces/{slug}/members", headers=as_user(user_id)).json()
    return {m["user_id"]: m["role"] for m in listing}


def test_members_by_seniority() -> None:
    listing = TestClient(app).get("/workspaces/acme/members", headers=as_user(4)).json()
    assert [m["name"] for m in listing] == ["Dan", "Ann", "Cat", "Bob"]
    assert listing[0] == {"user_id": 4, "name": "Dan", "role": "member", "joined": "2020-01-15"}


def test_outsider() -> None:
    client = TestClient(app)
    assert client.get("/workspaces/acme/members", headers=as_user(10)).status_code == 403
    assert client.get("/workspaces/nope/members", headers=as_user(1)).status_code == 404


def test_member_leaves() -> None:
    client = TestClient(app)
    response = client.post("/workspaces/studio/leave", headers=as_user(11))
    assert response.json() == {"workspace": "studio", "owner": 10}
    assert roles(client, "studio", 10) == {10: "owner", 12: "viewer"}


def test_owner_leaves_and_longest_standing_admin_takes_over() -> None:
    client = TestClient(app)
    response = client.post("/workspaces/acme/leave", headers=as_user(1))
    assert response.status_code == 200
    assert response.json() == {"workspace": "acme", "owner": 3}
    assert roles(client, "acme", 3) == {2: "admin", 3: "owner", 4: "member"}


def test_remove_member() -> None:
    client = TestClient(app)
    assert client.delete("/workspaces/acme/members/4", headers=as_user(4)).status_code == 403
    assert client.delete("/workspaces/acme/members/1", headers=as_user(2)).status_code == 409
    assert client.delete("/workspaces/acme/members/4", headers=as_user(2)).status_code == 204
    assert 4 not in roles(client, "acme", 1)


def test_transfer() -> None:
    client = TestClient(app)
    assert client.post("/workspaces/studio/transfer", json={"to": 10}, headers=as_user(11)).status_code == 403
    response = client.post("/workspaces/studio/transfer", json={"to": 11}, headers=as_user(10))
    assert response.json() == {"workspace": "studio", "owner": 11}
    assert roles(client, "studio", 11) == {10: "admin", 11: "owner", 12: "viewer"}
