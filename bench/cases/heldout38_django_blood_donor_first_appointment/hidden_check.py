from datetime import date

from django.test import Client
from django.utils import timezone

from donors.eligibility import can_book, next_eligible
from donors.records import find


def test_first_time_donor_can_book_today() -> None:
    response = Client().get("/donors/D-1003/next-appointment/")
    assert response.status_code == 200
    assert response.json() == {
        "id": "D-1003",
        "next_eligible": timezone.localdate().isoformat(),
        "can_book_now": True,
    }


def test_first_time_donor_rules() -> None:
    donor = find("D-1003")
    assert next_eligible(donor, date(2025, 7, 4)) == date(2025, 7, 4)
    assert can_book(donor, date(2025, 7, 4)) is True


def test_regular_donor_still_waits() -> None:
    assert next_eligible(find("D-1001"), date(2025, 2, 1)) == date(2025, 3, 31)
