from datetime import datetime, timezone

from django.test import Client

from events.models import UNLIMITED, Event, Ticket


def _event(title: str, capacity: int, sold: int, day: int = 14) -> Event:
    event = Event.objects.create(
        title=title, starts_at=datetime(2024, 6, day, 19, 30, tzinfo=timezone.utc), capacity=capacity
    )
    Ticket.objects.bulk_create(Ticket(event=event, holder=f"guest {n}") for n in range(sold))
    return event


def test_livestream_has_no_gauge() -> None:
    stream = _event("Harbour Proms (livestream)", capacity=UNLIMITED, sold=3)
    response = Client().get(f"/events/{stream.pk}/")
    assert response.status_code == 200
    assert response.json() == {
        "id": stream.pk,
        "title": "Harbour Proms (livestream)",
        "starts_at": "2024-06-14T19:30:00+00:00",
        "capacity": 0,
        "sold": 3,
        "seats_left": None,
        "sold_out": False,
        "fill_percent": None,
    }


def test_livestream_without_sales_yet() -> None:
    stream = _event("Open rehearsal (livestream)", capacity=UNLIMITED, sold=0)
    assert stream.fill_percent() is None


def test_dashboard_with_a_livestream() -> None:
    _event("Stream", capacity=UNLIMITED, sold=40, day=3)
    _event("Recital", capacity=3, sold=1, day=9)
    events = Client().get("/events/").json()["events"]
    assert [(e["title"], e["fill_percent"], e["sold_out"]) for e in events] == [
        ("Stream", None, False),
        ("Recital", 33, False),
    ]
