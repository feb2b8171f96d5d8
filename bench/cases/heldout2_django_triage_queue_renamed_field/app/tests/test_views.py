from datetime import datetime, timedelta, timezone

import pytest
from django.test import Client

from helpdesk.models import Ticket

T0 = datetime(2026, 3, 2, 9, 0, tzinfo=timezone.utc)


@pytest.fixture(autouse=True)
def tickets() -> None:
    Ticket.objects.all().delete()
    Ticket.objects.create(subject="Printer", opened_at=T0)
    Ticket.objects.create(subject="VPN down", priority=Ticket.URGENT, opened_at=T0 + timedelta(hours=1))
    Ticket.objects.create(subject="Old", opened_at=T0 - timedelta(days=3), closed_at=datetime.now(timezone.utc))


def test_recent_newest_first() -> None:
    subjects = [t["subject"] for t in Client().get("/tickets/recent/").json()["tickets"]]
    assert subjects == ["VPN down", "Printer", "Old"]


def test_recent_row() -> None:
    row = Client().get("/tickets/recent/").json()["tickets"][0]
    assert row["priority"] == "urgent"
    assert row["opened_at"] == "2026-03-02T10:00:00+00:00"


def test_closed_today() -> None:
    assert Client().get("/tickets/closed-today/").json() == {"closed": 1}
