from datetime import datetime, time

from fastapi.testclient import TestClient

from ferry import timetable
from ferry.api import app


def test_routes() -> None:
    assert TestClient(app).get("/routes").json() == ["craignure-oban", "fionnphort-iona", "oban-craignure"]


def test_next_sailing_in_the_morning() -> None:
    response = TestClient(app).get("/routes/oban-craignure/next", params={"at": "2024-07-12T08:30:00"})
    assert response.json() == {"route": "oban-craignure", "date": "2024-07-12", "departs": "09:55"}


def test_boat_leaving_right_now_still_counts() -> None:
    sailing = timetable.next_sailing("fionnphort-iona", datetime(2024, 7, 12, 13, 0))
    assert sailing.departs == time(13, 0)


def test_day_of_sailings() -> None:
    response = TestClient(app).get("/routes/fionnphort-iona/sailings", params={"day": "2024-07-12"})
    assert [s["departs"] for s in response.json()][:2] == ["09:00", "10:15"]


def test_unknown_route() -> None:
    assert TestClient(app).get("/routes/oban-lismore/next").status_code == 404
