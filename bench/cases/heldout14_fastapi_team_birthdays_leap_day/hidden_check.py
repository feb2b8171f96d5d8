from datetime import date

import pytest
from fastapi.testclient import TestClient

from teamdash import people
from teamdash.api import app
from teamdash.birthdays import next_birthday


@pytest.fixture(autouse=True)
def fresh() -> None:
    people.reset()


def test_leap_day_colleague_celebrates_on_the_28th_in_a_common_year() -> None:
    response = TestClient(app).get("/birthdays/upcoming", params={"team": "platform", "on": "2026-02-23"})
    assert response.status_code == 200
    assert response.json()["birthdays"] == [
        {"id": 2, "name": "Jonas Berg", "date": "2026-02-27", "in_days": 4},
        {"id": 4, "name": "Priya Nair", "date": "2026-02-28", "in_days": 5},
    ]


def test_leap_day_colleague_celebrates_on_the_29th_in_a_leap_year() -> None:
    assert next_birthday(date(1996, 2, 29), date(2028, 2, 20)) == date(2028, 2, 29)
    response = TestClient(app).get("/birthdays/upcoming", params={"team": "platform", "on": "2028-02-27"})
    assert [b["date"] for b in response.json()["birthdays"]] == ["2028-02-27", "2028-02-29", "2028-03-02"]


def test_leap_day_birthday_passed_moves_to_next_year() -> None:
    assert next_birthday(date(1996, 2, 29), date(2026, 3, 1)) == date(2027, 2, 28)
    assert next_birthday(date(1996, 2, 29), date(2027, 3, 1)) == date(2028, 2, 29)
    assert next_birthday(date(1996, 2, 29), date(2026, 2, 28)) == date(2026, 2, 28)
