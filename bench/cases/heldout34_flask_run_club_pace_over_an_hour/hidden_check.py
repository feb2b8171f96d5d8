import pytest

from runclub import create_app
from runclub.timing import parse_duration


@pytest.fixture
def client():
    return create_app(testing=True).test_client()


def test_half_marathon_over_an_hour(client) -> None:
    response = client.get("/races/half-marathon/pace?time=1:45:30")
    assert response.status_code == 200
    assert response.get_json() == {"race": "Great North Half", "time": "1:45:30", "pace": "5:00", "unit": "/km"}


def test_free_distance_over_an_hour(client) -> None:
    body = client.get("/pace?distance_km=10&time=1:02:30").get_json()
    assert body == {"time": "1:02:30", "pace": "6:15", "unit": "/km"}


def test_parse_duration_reads_both_forms() -> None:
    assert parse_duration("25:30") == 1530
    assert parse_duration("1:52:30") == 6750
    assert parse_duration("3:04:09") == 3 * 3600 + 4 * 60 + 9


def test_short_times_unchanged(client) -> None:
    assert client.get("/races/parkrun/pace?time=25:30").get_json()["pace"] == "5:06"
    assert client.get("/races/marathon/pace?time=3:30").status_code == 200
