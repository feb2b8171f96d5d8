from django.test import Client

from bookings.models import Booking

BOOKING = {"room": "family", "check_in": "2026-06-28", "check_out": "2026-07-01", "guests": "4"}


def test_invalid_checkout_gets_its_own_message() -> None:
    before = Booking.objects.count()
    response = Client().post("/bookings/", {**BOOKING, "check_out": "2026-06-31"})
    assert response.status_code == 400
    assert response.json() == {"errors": {"check_out": ["Enter a valid date."]}}
    assert Booking.objects.count() == before


def test_invalid_checkin_and_missing_checkout() -> None:
    response = Client().post("/bookings/", {"room": "single", "check_in": "soon", "guests": "1"})
    assert response.status_code == 400
    assert response.json() == {"errors": {"check_in": ["Enter a valid date."], "check_out": ["This field is required."]}}


def test_valid_and_reversed_bookings_unchanged() -> None:
    assert Client().post("/bookings/", BOOKING).json()["nights"] == 3
    reversed_dates = Client().post("/bookings/", {**BOOKING, "check_out": "2026-06-20"})
    assert reversed_dates.json() == {"errors": {"__all__": ["Check-out must be after check-in."]}}
