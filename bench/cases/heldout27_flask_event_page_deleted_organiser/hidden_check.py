import pytest

from meetups import store
from meetups.web import app


@pytest.fixture(autouse=True)
def fresh() -> None:
    store.reset()


def test_event_of_a_deleted_organiser_names_a_former_member() -> None:
    app.config["TESTING"] = True
    response = app.test_client().get("/events/3")
    assert response.status_code == 200
    assert response.get_json() == {
        "title": "Spring hike",
        "starts": "2025-04-12T09:00:00",
        "organiser": "former member",
        "attendees": ["Ada L."],
        "going": 1,
    }


def test_organiser_deleting_their_account_later() -> None:
    app.config["TESTING"] = True
    store.delete_member(2)
    body = app.test_client().get("/events/2").get_json()
    assert body["organiser"] == "former member"
    assert body["attendees"] == ["Guido v.R.", "former member"]
    assert app.test_client().get("/events/1").get_json()["attendees"] == ["Ada L.", "former member"]
