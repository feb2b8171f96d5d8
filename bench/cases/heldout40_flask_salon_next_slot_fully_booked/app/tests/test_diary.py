import pytest

from salon import diary
from salon.web import app


@pytest.fixture(autouse=True)
def fresh() -> None:
    diary.reset()


def test_a_day_has_eight_slots() -> None:
    response = app.test_client().get("/stylists/maya/slots?date=2024-06-14")
    assert response.get_json()["slots"] == [
        "09:00", "10:00", "11:00", "12:00", "13:00", "14:00", "15:00", "16:00",
    ]


def test_next_slot_skips_booked_ones() -> None:
    client = app.test_client()
    for slot in ("09:00", "10:00"):
        assert client.post(
            "/stylists/tom/bookings?date=2024-06-14", json={"slot": slot, "client": "Ann"}
        ).status_code == 201
    response = client.get("/stylists/tom/next-slot?date=2024-06-14")
    assert response.get_json() == {"stylist": "tom", "date": "2024-06-14", "next_slot": "11:00"}


def test_double_booking_is_refused() -> None:
    client = app.test_client()
    body = {"slot": "12:00", "client": "Ann"}
    client.post("/stylists/ines/bookings?date=2024-06-14", json=body)
    assert client.post("/stylists/ines/bookings?date=2024-06-14", json=body).status_code == 409


def test_unknown_stylist_and_bad_date() -> None:
    client = app.test_client()
    assert client.get("/stylists/bob/next-slot?date=2024-06-14").status_code == 404
    assert client.get("/stylists/maya/next-slot?date=friday").status_code == 400


def test_waiting_list_places() -> None:
    client = app.test_client()
    first = client.post("/stylists/maya/waiting-list?date=2024-06-14", json={"client": "Ann"})
    second = client.post("/stylists/maya/waiting-list?date=2024-06-14", json={"client": "Bo"})
    assert (first.get_json()["place"], second.get_json()["place"]) == (1, 2)
