import pytest

from teams import store
from teams.app import app


@pytest.fixture(autouse=True)
def fresh() -> None:
    store.reset()


def test_invite_and_accept() -> None:
    client = app.test_client()
    created = client.post("/teams/3/invites", json={"email": "Ann@Example.com"})
    assert created.status_code == 201
    token = created.get_json()["token"]
    assert "=" not in token
    assert created.get_json()["link"] == f"/invites/{token}/accept"

    accepted = client.post(f"/invites/{token}/accept")
    assert accepted.status_code == 201
    assert accepted.get_json() == {"team": "Design", "email": "ann@example.com"}
    assert store.MEMBERS[3] == {"lead@example.com", "ann@example.com"}


def test_invitation_is_used_once() -> None:
    client = app.test_client()
    token = client.post("/teams/7/invites", json={"email": "femi.adeyemi@example.org"}).get_json()["token"]
    assert client.post(f"/invites/{token}/accept").status_code == 201
    assert client.post(f"/invites/{token}/accept").status_code == 404


def test_unknown_team() -> None:
    assert app.test_client().post("/teams/99/invites", json={"email": "x@example.com"}).status_code == 404
