from datetime import date, datetime, time

from fastapi.testclient import TestClient

from ferry import timetable
from ferry.api import app


def test_after_the_last_boat_the_next_is_tomorrows_first() -> None:
    response = TestClient(app).get("/routes/oban-craignure/next", params={"at": "2024-07-12T21:40:00"})
    assert response.status_code == 200
    assert response.json() == {"route": "oban-craignure", "date": "2024-07-13", "departs": "07:45"}


def test_wraps_across_the_month_and_keeps_same_day_behaviour() -> None:
    late = timetable.next_sailing("fionnphort-iona", datetime(2024, 7, 31, 17, 31))
    assert (late.day, late.departs) == (date(2024, 8, 1), time(9, 0))
    early = timetable.next_sailing("craignure-oban", datetime(2024, 7, 31, 20, 55))
    assert (early.day, early.departs) == (date(2024, 7, 31), time(20, 55))
