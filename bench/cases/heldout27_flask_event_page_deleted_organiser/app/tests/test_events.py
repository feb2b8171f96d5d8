import pytest

from meetups import store
from meetups.web import app


@pytest.fixture(autouse=True)
def fresh() -> None:
    store.reset()


@pytest.fixture
def client():
    app.config["TESTING"] = True
    return app.test_client()


def test_event_page(client) -> None:
    assert client.get("/events/1").get_json() == {
        "title": "Python pub quiz",
        "starts": "2025-03-06T19:00:00",
        "organiser": "Guido v.R.",
        "attendees": ["Ada L.", "Linus T."],
        "going": 2,
    }


def test_deleted_attendee_keeps_their_place(client) -> None:
    body = client.get("/events/2").get_json()
    assert body["attendees"] == ["Guido v.R.", "former member"]
    assert body["going"] == 2


def test_listing(client) -> None:
    assert [e["id"] for e in client.get("/events").get_json()] == [1, 2, 3]


def test_unknown_event(client) -> None:
    assert client.get("/events/99").status_code == 404
