from datetime import date, datetime

import pytest
from fastapi.testclient import TestClient

from booking import store
from booking.api import app

client = TestClient(app)


@pytest.fixture(autouse=True)
def fresh() -> None:
    store.reset()


def test_free_slots() -> None:
    response = client.get("/practitioners/10/free-slots", params={"day": "2024-05-14"})
    assert response.json() == [
        "2024-05-14T10:00:00",
        "2024-05-14T10:30:00",
        "2024-05-14T11:00:00",
        "2024-05-14T11:30:00",
    ]


def test_cancel_offers_the_slot_to_the_longest_waiting_patient() -> None:
    day = date(2024, 5, 14)
    store.join_waitlist(store.WaitlistEntry(2002, 10, day, datetime(2024, 5, 9, 12, 0)))
    store.join_waitlist(store.WaitlistEntry(2001, 10, day, datetime(2024, 5, 8, 17, 30)))
    response = client.post("/appointments/2/cancel")
    assert response.json() == {"id": 2, "status": "cancelled", "offered_to": 2001}
    assert [e.patient_id for e in store.waitlist(10, day)] == [2002]
    slots = client.get("/practitioners/10/free-slots", params={"day": "2024-05-14"}).json()
    assert "2024-05-14T09:30:00" not in slots


def test_cancel_unknown_appointment() -> None:
    assert client.post("/appointments/99/cancel").status_code == 404


def test_cancel_twice() -> None:
    store.join_waitlist(store.WaitlistEntry(2001, 11, date(2024, 5, 14), datetime(2024, 5, 8, 17, 30)))
    assert client.post("/appointments/3/cancel").status_code == 200
    assert client.post("/appointments/3/cancel").status_code == 409
