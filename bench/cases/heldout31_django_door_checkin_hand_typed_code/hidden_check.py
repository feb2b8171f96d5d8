import datetime as dt
import json

import pytest
from django.test import Client
from tickets.codes import TicketCode, parse_code
from tickets.models import Event, Ticket


@pytest.fixture()
def ticket() -> Ticket:
    event = Event.objects.create(
        id=42,
        name="The Mountain Goats",
        venue="Vicar Street",
        starts_at=dt.datetime(2024, 5, 18, 19, 30, tzinfo=dt.UTC),
    )
    return Ticket.objects.create(event=event, serial=123, holder="Niamh Byrne")


def _checkin(code: str):
    return Client().post(
        "/checkin/", data=json.dumps({"code": code}), content_type="application/json"
    )


def test_hand_typed_lower_case_code_checks_the_ticket_in(ticket: Ticket) -> None:
    response = _checkin("evt-0042-000123")
    assert response.status_code == 200
    assert response.json()["code"] == "EVT-0042-000123"
    assert response.json()["holder"] == "Niamh Byrne"
    ticket.refresh_from_db()
    assert ticket.checked_in_at is not None
    assert _checkin(" Evt-0042-000123 ").status_code == 409


def test_codes_are_case_insensitive_everywhere(ticket: Ticket) -> None:
    assert parse_code("evt-0042-000123") == TicketCode(42, 123)
    assert Client().get("/tickets/evt-0042-000123/").status_code == 200


def test_text_that_is_no_ticket_code_is_a_bad_request(ticket: Ticket) -> None:
    response = _checkin("https://wifi.venue.example/login")
    assert response.status_code == 400
    assert response.json() == {"error": "not a ticket code"}
    ticket.refresh_from_db()
    assert ticket.checked_in_at is None
