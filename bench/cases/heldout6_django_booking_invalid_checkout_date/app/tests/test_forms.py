from django.test import Client

BOOKING = {"room": "double", "check_in": "2026-07-10", "check_out": "2026-07-13", "guests": "2"}


def test_booking() -> None:
    response = Client().post("/bookings/", BOOKING)
    assert response.status_code == 201
    assert response.json()["nights"] == 3


def test_checkout_before_checkin() -> None:
    response = Client().post("/bookings/", {**BOOKING, "check_out": "2026-07-09"})
    assert response.status_code == 400
    assert response.json() == {"errors": {"__all__": ["Check-out must be after check-in."]}}


def test_too_many_guests() -> None:
    response = Client().post("/bookings/", {**BOOKING, "guests": "7"})
    assert response.json() == {"errors": {"guests": ["Ensure this value is less than or equal to 4."]}}


def test_gift_card_with_bad_confirmation() -> None:
    response = Client().post("/gift-cards/", {"amount": "50", "confirm_amount": "fifty", "recipient": "bo@example.com"})
    assert response.json() == {"errors": {"confirm_amount": ["Enter a number."]}}
