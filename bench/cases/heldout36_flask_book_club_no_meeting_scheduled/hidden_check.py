from datetime import datetime, timedelta

import pytest
from flask.testing import FlaskClient

from bookclub import clubs, create_app


@pytest.fixture
def client() -> FlaskClient:
    clubs.reset()
    return create_app({"TESTING": True}).test_client()


def test_club_between_meetings_shows_no_next_date(client: FlaskClient) -> None:
    club = clubs.add(clubs.Club("crime", "Crime Fiction Fridays", "Joan", "The Big Sleep"))
    club.meetings += [
        clubs.Meeting(datetime.now() - timedelta(days=31), "Reading room"),
        clubs.Meeting(datetime.now() - timedelta(days=3), "Café"),
    ]
    response = client.get("/clubs/crime")
    assert response.status_code == 200
    assert response.get_json() == {
        "name": "Crime Fiction Fridays",
        "organiser": "Joan",
        "reading": "The Big Sleep",
        "next_meeting": None,
        "past_meetings": 2,
    }


def test_new_club_without_any_meeting(client: FlaskClient) -> None:
    clubs.add(clubs.Club("sf", "Science Fiction", "Ravi", "Solaris"))
    response = client.get("/clubs/sf")
    assert response.status_code == 200
    assert response.get_json()["next_meeting"] is None
    assert response.get_json()["past_meetings"] == 0


def test_scheduled_meeting_still_shown(client: FlaskClient) -> None:
    club = clubs.add(clubs.Club("sf", "Science Fiction", "Ravi", "Solaris"))
    later = (datetime.now() + timedelta(days=5)).replace(second=0, microsecond=0)
    club.meetings += [clubs.Meeting(datetime.now() - timedelta(days=2), "Room 1"), clubs.Meeting(later, "Room 2")]
    assert client.get("/clubs/sf").get_json()["next_meeting"] == {
        "starts": later.isoformat(timespec="minutes"),
        "venue": "Room 2",
    }
