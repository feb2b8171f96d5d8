import pytest

from runclub import create_app
from runclub.timing import format_duration


@pytest.fixture
def client():
    return create_app(testing=True).test_client()


def test_parkrun_pace(client) -> None:
    body = client.get("/races/parkrun/pace?time=25:30").get_json()
    assert body == {"race": "Saturday parkrun", "time": "25:30", "pace": "5:06", "unit": "/km"}


def test_free_distance(client) -> None:
    assert client.get("/pace?distance_km=8&time=44:00").get_json()["pace"] == "5:30"


def test_bad_time_is_refused(client) -> None:
    assert client.get("/pace?distance_km=5&time=soon").status_code == 400
    assert client.get("/races/parkrun/pace?time=25:75").status_code == 400


def test_unknown_race(client) -> None:
    assert client.get("/races/ultra/pace?time=25:00").status_code == 404


def test_races_listed(client) -> None:
    assert [r["slug"] for r in client.get("/races").get_json()][:2] == ["parkrun", "riverside-10k"]


def test_format_duration() -> None:
    assert format_duration(59 * 60 + 59) == "59:59"
    assert format_duration(3600 + 5 * 60 + 7) == "1:05:07"
