from datetime import date, datetime

import pytest
from fastapi.testclient import TestClient

from booking import store
from booking.api import app

client = TestClient(app)


@pytest.fixture(autouse=True)
def fresh() -> None:
    store.reset()


def test_cancel_with_nobody_waiting_frees_the_slot() -> None:
    response = client.post("/appointments/1/cancel")
    assert response.status_code == 200
    assert response.json() == {"id": 1, "status": "cancelled", "offered_to": None}
    slots = client.get("/practitioners/10/free-slots", params={"day": "2024-05-14"}).json()
    assert slots[0] == "2024-05-14T09:00:00"
    assert client.post("/appointments/1/cancel").status_code == 409


def test_waiting_for_another_day_is_not_offered_the_slot() -> None:
    store.join_waitlist(store.WaitlistEntry(2001, 10, date(2024, 5, 15), datetime(2024, 5, 8, 17, 30)))
    response = client.post("/appointments/2/cancel")
    assert response.json() == {"id": 2, "status": "cancelled", "offered_to": None}
    assert [e.patient_id for e in store.waitlist(10, date(2024, 5, 15))] == [2001]


def test_someone_waiting_still_gets_the_offer() -> None:
    store.join_waitlist(store.WaitlistEntry(2001, 10, date(2024, 5, 14), datetime(2024, 5, 8, 17, 30)))
    assert client.post("/appointments/1/cancel").json()["offered_to"] == 2001
    slots = client.get("/practitioners/10/free-slots", params={"day": "2024-05-14"}).json()
    assert "2024-05-14T09:00:00" not in slots
