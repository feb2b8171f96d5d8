from datetime import datetime, timedelta

import pytest
from flask.testing import FlaskClient

from bookclub import clubs, create_app


@pytest.fixture
def client() -> FlaskClient:
    clubs.reset()
    return create_app({"TESTING": True}).test_client()


def soon(days: int) -> datetime:
    return (datetime.now() + timedelta(days=days)).replace(second=0, microsecond=0)


def test_club_page_shows_the_soonest_meeting(client: FlaskClient) -> None:
    club = clubs.add(clubs.Club("crime", "Crime Fiction Fridays", "Joan", "The Big Sleep"))
    next_week = soon(7)
    club.meetings += [
        clubs.Meeting(soon(-14), "Reading room"),
        clubs.Meeting(soon(21), "Café"),
        clubs.Meeting(next_week, "Reading room"),
    ]
    body = client.get("/clubs/crime").get_json()
    assert body["next_meeting"] == {"starts": next_week.isoformat(timespec="minutes"), "venue": "Reading room"}
    assert body["past_meetings"] == 1
    assert body["reading"] == "The Big Sleep"


def test_unknown_club(client: FlaskClient) -> None:
    assert client.get("/clubs/poetry").status_code == 404


def test_club_list(client: FlaskClient) -> None:
    clubs.add(clubs.Club("sf", "Science Fiction", "Ravi", "Solaris"))
    clubs.add(clubs.Club("crime", "Crime Fiction Fridays", "Joan", "The Big Sleep"))
    assert [c["slug"] for c in client.get("/clubs").get_json()] == ["crime", "sf"]


def test_schedule_a_meeting(client: FlaskClient) -> None:
    clubs.add(clubs.Club("sf", "Science Fiction", "Ravi", "Solaris"))
    when = soon(10).isoformat(timespec="minutes")
    response = client.post("/clubs/sf/meetings", json={"starts": when, "venue": "Room 2"})
    assert response.status_code == 201
    assert client.get("/clubs/sf").get_json()["next_meeting"] == {"starts": when, "venue": "Room 2"}


def test_meeting_in_the_past_is_refused(client: FlaskClient) -> None:
    clubs.add(clubs.Club("sf", "Science Fiction", "Ravi", "Solaris"))
    past = soon(-1).isoformat(timespec="minutes")
    assert client.post("/clubs/sf/meetings", json={"starts": past, "venue": "Room 2"}).status_code == 400
    assert client.post("/clubs/sf/meetings", json={"venue": "Room 2"}).status_code == 400
