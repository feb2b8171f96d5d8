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


def test_parse_printed_code() -> None:
    assert parse_code("EVT-0042-000123") == TicketCode(42, 123)
    assert parse_code("EVT-0042-000123\n") == TicketCode(42, 123)
    assert str(TicketCode(7, 15)) == "EVT-0007-000015"


def test_parse_rejects_other_text() -> None:
    assert parse_code("https://example.com/") is None
    assert parse_code("EVT-42-123") is None


def test_ticket_detail(ticket: Ticket) -> None:
    body = Client().get("/tickets/EVT-0042-000123/").json()
    assert body == {
        "code": "EVT-0042-000123",
        "event": "The Mountain Goats",
        "holder": "Niamh Byrne",
        "checked_in_at": None,
    }


def test_ticket_detail_errors(ticket: Ticket) -> None:
    assert Client().get("/tickets/EVT-0042-000999/").status_code == 404
    assert Client().get("/tickets/hello/").status_code == 400


def _checkin(code: str):
    return Client().post(
        "/checkin/", data=json.dumps({"code": code}), content_type="application/json"
    )


def test_checkin_scanned_code(ticket: Ticket) -> None:
    response = _checkin("EVT-0042-000123\n")
    assert response.status_code == 200
    assert response.json()["holder"] == "Niamh Byrne"
    ticket.refresh_from_db()
    assert ticket.checked_in_at is not None


def test_second_checkin_is_refused(ticket: Ticket) -> None:
    assert _checkin("EVT-0042-000123").status_code == 200
    again = _checkin("EVT-0042-000123")
    assert again.status_code == 409
    assert again.json()["error"] == "already checked in"


def test_checkin_unknown_ticket_and_bad_body(ticket: Ticket) -> None:
    assert _checkin("EVT-0042-000124").status_code == 404
    assert (
        Client().post("/checkin/", data="nope", content_type="application/json").status_code == 400
    )
