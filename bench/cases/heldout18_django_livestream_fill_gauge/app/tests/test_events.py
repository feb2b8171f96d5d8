from datetime import datetime, timezone

from django.test import Client

from events.models import Event, Ticket


def _event(title: str, capacity: int, sold: int, day: int = 14) -> Event:
    event = Event.objects.create(
        title=title, starts_at=datetime(2024, 6, day, 19, 30, tzinfo=timezone.utc), capacity=capacity
    )
    Ticket.objects.bulk_create(Ticket(event=event, holder=f"guest {n}") for n in range(sold))
    return event


def test_event_detail() -> None:
    event = _event("Quartet in C", capacity=120, sold=30)
    assert Client().get(f"/events/{event.pk}/").json() == {
        "id": event.pk,
        "title": "Quartet in C",
        "starts_at": "2024-06-14T19:30:00+00:00",
        "capacity": 120,
        "sold": 30,
        "seats_left": 90,
        "sold_out": False,
        "fill_percent": 25,
    }


def test_sold_out() -> None:
    event = _event("Late Show", capacity=2, sold=2)
    body = Client().get(f"/events/{event.pk}/").json()
    assert (body["seats_left"], body["sold_out"], body["fill_percent"]) == (0, True, 100)


def test_dashboard_is_soonest_first() -> None:
    _event("Later", capacity=10, sold=1, day=20)
    _event("Sooner", capacity=10, sold=7, day=2)
    events = Client().get("/events/").json()["events"]
    assert [(e["title"], e["fill_percent"]) for e in events] == [("Sooner", 70), ("Later", 10)]


def test_unknown_event() -> None:
    assert Client().get("/events/999/").status_code == 404


def test_seats_left_without_a_limit() -> None:
    assert _event("Stream", capacity=0, sold=5).seats_left() is None
