from datetime import date

import pytest

from salon import diary
from salon.web import app


@pytest.fixture(autouse=True)
def fresh() -> None:
    diary.reset()


def _fill(stylist: str, day: date) -> None:
    for n, slot in enumerate(diary.day_slots(day)):
        diary.book(stylist, day, slot, f"client {n}")


def test_fully_booked_day_has_no_next_slot() -> None:
    _fill("maya", date(2024, 6, 15))
    response = app.test_client().get("/stylists/maya/next-slot?date=2024-06-15")
    assert response.status_code == 200
    assert response.get_json() == {"stylist": "maya", "date": "2024-06-15", "next_slot": None}


def test_other_days_and_stylists_unaffected() -> None:
    _fill("maya", date(2024, 6, 15))
    client = app.test_client()
    assert client.get("/stylists/maya/next-slot?date=2024-06-16").get_json()["next_slot"] == "09:00"
    assert client.get("/stylists/tom/next-slot?date=2024-06-15").get_json()["next_slot"] == "09:00"
    assert client.get("/stylists/bob/next-slot?date=2024-06-15").status_code == 404
