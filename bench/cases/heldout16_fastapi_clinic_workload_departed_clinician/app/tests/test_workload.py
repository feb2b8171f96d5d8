from datetime import date, time

import pytest
from fastapi.testclient import TestClient

from clinic import store
from clinic.api import app
from clinic.store import Appointment

MONDAY = date(2024, 3, 4)


@pytest.fixture(autouse=True)
def fresh() -> None:
    store.reset()


def test_staff_list() -> None:
    response = TestClient(app).get("/clinics/hillcrest/staff")
    assert response.json() == [{"id": 4, "name": "Dr Moreau"}]


def test_unknown_clinic() -> None:
    client = TestClient(app)
    assert client.get("/clinics/nowhere/staff").status_code == 404
    assert client.get("/clinics/nowhere/workload", params={"day": "2024-03-04"}).status_code == 404


def test_workload_busiest_first() -> None:
    store.book(Appointment(1, "riverside", MONDAY, time(9, 0), 2))
    store.book(Appointment(2, "riverside", MONDAY, time(9, 30), 1))
    store.book(Appointment(3, "riverside", MONDAY, time(10, 0), 2))
    store.book(Appointment(4, "riverside", MONDAY, time(10, 0), None))
    store.book(Appointment(5, "riverside", date(2024, 3, 5), time(9, 0), 3))
    store.book(Appointment(6, "hillcrest", MONDAY, time(9, 0), 4))
    response = TestClient(app).get("/clinics/riverside/workload", params={"day": "2024-03-04"})
    assert response.status_code == 200
    assert response.json() == [
        {"clinician": "Dr Lindqvist", "appointments": 2},
        {"clinician": "Dr Okafor", "appointments": 1},
        {"clinician": "Unassigned", "appointments": 1},
    ]


def test_empty_day() -> None:
    response = TestClient(app).get("/clinics/hillcrest/workload", params={"day": "2024-03-09"})
    assert response.json() == []
