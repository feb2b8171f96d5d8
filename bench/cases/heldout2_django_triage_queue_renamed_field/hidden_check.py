from datetime import datetime, timedelta, timezone

from django.test import Client

from helpdesk.models import Ticket

T0 = datetime(2026, 3, 2, 9, 0, tzinfo=timezone.utc)


def test_queue_is_most_urgent_then_longest_waiting() -> None:
    Ticket.objects.all().delete()
    Ticket.objects.create(subject="Printer", opened_at=T0)
    Ticket.objects.create(subject="Laptop", priority=Ticket.LOW, opened_at=T0 - timedelta(days=5))
    Ticket.objects.create(subject="VPN down", priority=Ticket.URGENT, opened_at=T0 + timedelta(hours=2))
    Ticket.objects.create(subject="Wi-Fi", opened_at=T0 - timedelta(hours=4))
    Ticket.objects.create(subject="Mail bounced", priority=Ticket.URGENT, opened_at=T0 + timedelta(hours=1))
    Ticket.objects.create(subject="Done", priority=Ticket.URGENT, opened_at=T0 - timedelta(days=9), closed_at=T0)
    response = Client().get("/tickets/queue/")
    assert response.status_code == 200
    queue = response.json()["queue"]
    assert [t["subject"] for t in queue] == ["Mail bounced", "VPN down", "Wi-Fi", "Printer", "Laptop"]
    assert queue[0]["priority"] == "urgent"
    assert queue[0]["opened_at"] == "2026-03-02T10:00:00+00:00"


def test_empty_queue() -> None:
    Ticket.objects.all().delete()
    assert Client().get("/tickets/queue/").json() == {"queue": []}
