import pytest

from teams import store
from teams.app import app
from teams.invites import make_invite_token, read_invite_token


@pytest.fixture(autouse=True)
def fresh() -> None:
    store.reset()


@pytest.mark.parametrize(
    ("team", "email", "name"),
    [
        (3, "dana@example.com", "Design"),
        (3, "bo@example.com", "Design"),
        (12, "zoe@studio.io", "Studio"),
        (3, "kai@example.com", "Design"),
    ],
)
def test_every_invitation_link_can_be_accepted(team: int, email: str, name: str) -> None:
    client = app.test_client()
    token = client.post(f"/teams/{team}/invites", json={"email": email}).get_json()["token"]
    assert "=" not in token
    accepted = client.post(f"/invites/{token}/accept")
    assert accepted.status_code == 201
    assert accepted.get_json() == {"team": name, "email": email}
    assert email in store.MEMBERS[team]
    assert (team, email) not in store.PENDING


def test_tokens_round_trip_whatever_their_length() -> None:
    for email in ["a@b.co", "ab@b.co", "abc@b.co", "dana@example.com", "ed@example.com"]:
        token = make_invite_token(5, email)
        assert "=" not in token
        assert read_invite_token(token) == {"team": 5, "email": email}


def test_invitation_never_sent_is_still_refused() -> None:
    token = make_invite_token(3, "mallory@example.com")
    assert app.test_client().post(f"/invites/{token}/accept").status_code == 404
