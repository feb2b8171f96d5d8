from datetime import date, time

import pytest
from fastapi.testclient import TestClient

from gymclasses import store
from gymclasses.api import app


@pytest.fixture(autouse=True)
def fresh() -> None:
    store.reset()


def test_class_nobody_booked_is_listed_with_every_space_free() -> None:
    store.add_class(store.GymClass(4, "Pilates", date(2024, 5, 7), time(9, 30), "Tom", 10))
    response = TestClient(app).get("/timetable/2024-05-07")
    assert response.status_code == 200
    assert response.json() == [
        {"id": 4, "name": "Pilates", "starts": "09:30", "instructor": "Tom", "spaces_left": 10, "full": False},
        {"id": 3, "name": "Kettlebells", "starts": "12:15", "instructor": "Priya", "spaces_left": 7, "full": False},
    ]


def test_first_booking_of_a_new_class() -> None:
    store.add_class(store.GymClass(5, "Stretch", date(2024, 5, 8), time(17, 0), "Sam", 2))
    client = TestClient(app)
    assert client.get("/timetable/2024-05-08").json()[0]["spaces_left"] == 2
    assert client.post("/classes/5/bookings", json={"member_id": "m-101"}).json()["spaces_left"] == 1
    assert client.get("/timetable/2024-05-08").json()[0]["spaces_left"] == 1


def test_full_classes_still_greyed_out() -> None:
    assert [c["full"] for c in TestClient(app).get("/timetable/2024-05-06").json()] == [True, False]
