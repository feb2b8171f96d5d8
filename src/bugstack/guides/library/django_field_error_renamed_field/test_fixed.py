# mypy: disable-error-code="import-not-found,import-untyped"
from datetime import UTC, datetime, timedelta

from django.test import Client
from fixed import Ticket

T0 = datetime(2026, 3, 2, 9, tzinfo=UTC)


def test_the_queue_is_most_urgent_first_then_oldest_first() -> None:
    Ticket.objects.all().delete()
    Ticket.objects.create(subject="Printer", priority=2, opened_at=T0)
    Ticket.objects.create(subject="VPN down", priority=3, opened_at=T0 + timedelta(hours=2))
    Ticket.objects.create(subject="Old request", priority=2, opened_at=T0 - timedelta(days=1))
    Ticket.objects.create(subject="Closed", priority=3, opened_at=T0, closed_at=T0)
    response = Client().get("/tickets/queue/")
    assert response.status_code == 200
    assert response.json() == {"queue": ["VPN down", "Old request", "Printer"]}
