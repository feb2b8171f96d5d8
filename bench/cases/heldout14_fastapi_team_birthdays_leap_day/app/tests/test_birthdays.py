from datetime import date

import pytest
from fastapi.testclient import TestClient

from teamdash import people
from teamdash.api import app
from teamdash.birthdays import next_birthday


@pytest.fixture(autouse=True)
def fresh() -> None:
    people.reset()


def test_next_birthday_later_this_year() -> None:
    assert next_birthday(date(1993, 7, 14), date(2025, 7, 1)) == date(2025, 7, 14)


def test_next_birthday_already_passed() -> None:
    assert next_birthday(date(1993, 7, 14), date(2025, 8, 1)) == date(2026, 7, 14)


def test_birthday_today_counts() -> None:
    assert next_birthday(date(1993, 7, 14), date(2025, 7, 14)) == date(2025, 7, 14)


def test_upcoming_for_mobile_team_over_new_year() -> None:
    response = TestClient(app).get("/birthdays/upcoming", params={"team": "mobile", "on": "2025-12-28"})
    assert response.status_code == 200
    assert response.json()["birthdays"] == [
        {"id": 5, "name": "Tomasz Zielinski", "date": "2025-12-31", "in_days": 3}
    ]


def test_nothing_upcoming() -> None:
    response = TestClient(app).get("/birthdays/upcoming", params={"team": "mobile", "on": "2025-09-01"})
    assert response.json()["birthdays"] == []
