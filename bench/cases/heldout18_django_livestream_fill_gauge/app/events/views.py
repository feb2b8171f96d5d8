from __future__ import annotations

from django.http import HttpRequest, JsonResponse
from django.shortcuts import get_object_or_404

from events.models import Event


def _summary(event: Event) -> dict[str, object]:
    seats_left = event.seats_left()
    return {
        "id": event.pk,
        "title": event.title,
        "starts_at": event.starts_at.isoformat(),
        "capacity": event.capacity,
        "sold": event.sold(),
        "seats_left": seats_left,
        "sold_out": seats_left == 0,
        "fill_percent": event.fill_percent(),
    }


def event_list(request: HttpRequest) -> JsonResponse:
    """The sales dashboard: every event, soonest first."""
    return JsonResponse({"events": [_summary(e) for e in Event.objects.all()]})


def event_detail(request: HttpRequest, pk: int) -> JsonResponse:
    return JsonResponse(_summary(get_object_or_404(Event, pk=pk)))
