import pytest
from fastapi.testclient import TestClient

from courts import data
from courts.api import app


@pytest.fixture(autouse=True)
def fresh() -> None:
    data.reset()


def quote(court: int, start: int, hours: int = 1):
    return TestClient(app).get(f"/courts/{court}/quote", params={"start": start, "hours": hours})


def test_unlit_court_after_dusk_is_refused_like_a_taken_slot() -> None:
    assert quote(3, 19).status_code == 409
    assert quote(3, 18).status_code == 409
    assert quote(3, 20, 2).status_code == 409


def test_unlit_court_booking_running_into_the_dark_is_refused() -> None:
    assert quote(3, 16, 3).status_code == 409
    assert quote(3, 17, 2).status_code == 409


def test_unlit_court_until_dusk_is_still_priced() -> None:
    response = quote(3, 16, 2)
    assert response.status_code == 200
    assert response.json()["total"] == "24.00"
    assert quote(3, 17).json()["total"] == "12.00"


def test_floodlit_courts_unchanged() -> None:
    assert quote(2, 19, 2).json()["total"] == "27.00"
    assert quote(1, 17).json()["total"] == "9.00"
    assert quote(1, 19).status_code == 409
