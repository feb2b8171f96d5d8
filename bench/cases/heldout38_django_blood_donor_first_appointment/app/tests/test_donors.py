from datetime import date

from django.test import Client

from donors.eligibility import can_book, next_eligible
from donors.records import find


def test_gap_of_twelve_weeks() -> None:
    donor = find("D-1001")
    assert next_eligible(donor, date(2025, 2, 1)) == date(2025, 3, 31)
    assert not can_book(donor, date(2025, 2, 1))
    assert can_book(donor, date(2025, 3, 31))


def test_long_ago_donor_can_book_today() -> None:
    assert next_eligible(find("D-1002"), date(2025, 3, 1)) == date(2025, 3, 1)


def test_appointment_page() -> None:
    body = Client().get("/donors/D-1002/next-appointment/").json()
    assert body["can_book_now"] is True


def test_donor_card_and_unknown() -> None:
    client = Client()
    assert client.get("/donors/D-1003/").json()["last_donation"] is None
    assert client.get("/donors/D-9999/next-appointment/").status_code == 404
