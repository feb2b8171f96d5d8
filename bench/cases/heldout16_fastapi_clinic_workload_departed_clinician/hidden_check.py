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


def test_departed_clinicians_bookings_are_counted_as_unassigned() -> None:
    store.book(Appointment(1, "riverside", MONDAY, time(9, 0), 2))
    store.book(Appointment(2, "riverside", MONDAY, time(9, 30), 1))
    store.book(Appointment(3, "riverside", MONDAY, time(10, 0), 2))
    store.book(Appointment(4, "riverside", MONDAY, time(10, 30), None))
    store.book(Appointment(5, "riverside", MONDAY, time(11, 0), 2))
    store.book(Appointment(6, "riverside", MONDAY, time(11, 0), 3))
    store.leave(2)
    response = TestClient(app).get("/clinics/riverside/workload", params={"day": "2024-03-04"})
    assert response.status_code == 200
    assert response.json() == [
        {"clinician": "Unassigned", "appointments": 4},
        {"clinician": "Dr Okafor", "appointments": 1},
        {"clinician": "Nurse Patel", "appointments": 1},
    ]


def test_only_departed_clinician() -> None:
    store.book(Appointment(1, "riverside", MONDAY, time(9, 0), 2))
    store.leave(2)
    response = TestClient(app).get("/clinics/riverside/workload", params={"day": "2024-03-04"})
    assert response.status_code == 200
    assert response.json() == [{"clinician": "Unassigned", "appointments": 1}]
