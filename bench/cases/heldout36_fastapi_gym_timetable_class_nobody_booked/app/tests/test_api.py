from datetime import date, time

import pytest
from fastapi.testclient import TestClient

from gymclasses import store
from gymclasses.api import app


@pytest.fixture(autouse=True)
def fresh() -> None:
    store.reset()


@pytest.fixture
def client() -> TestClient:
    return TestClient(app)


def test_monday_timetable(client: TestClient) -> None:
    response = client.get("/timetable/2024-05-06")
    assert response.status_code == 200
    assert response.json() == [
        {"id": 1, "name": "Spin", "starts": "07:00", "instructor": "Priya", "spaces_left": 0, "full": True},
        {"id": 2, "name": "Yoga", "starts": "18:30", "instructor": "Tom", "spaces_left": 11, "full": False},
    ]


def test_day_without_classes(client: TestClient) -> None:
    assert client.get("/timetable/2024-05-12").json() == []


def test_bad_day(client: TestClient) -> None:
    assert client.get("/timetable/monday").status_code == 422


def test_book_a_space(client: TestClient) -> None:
    response = client.post("/classes/3/bookings", json={"member_id": "m-200"})
    assert response.status_code == 201
    assert response.json()["spaces_left"] == 6
    assert client.get("/timetable/2024-05-07").json()[0]["spaces_left"] == 6


def test_full_class(client: TestClient) -> None:
    assert client.post("/classes/1/bookings", json={"member_id": "m-200"}).status_code == 409


def test_booked_twice(client: TestClient) -> None:
    assert client.post("/classes/2/bookings", json={"member_id": "m-101"}).status_code == 409


def test_unknown_class(client: TestClient) -> None:
    assert client.post("/classes/99/bookings", json={"member_id": "m-200"}).status_code == 404


def test_classes_are_listed_in_start_order() -> None:
    store.add_class(store.GymClass(9, "Boxfit", date(2024, 5, 6), time(6, 0), "Sam", 10))
    store.add_booking(9, "m-300")
    names = [c["name"] for c in TestClient(app).get("/timetable/2024-05-06").json()]
    assert names == ["Boxfit", "Spin", "Yoga"]
