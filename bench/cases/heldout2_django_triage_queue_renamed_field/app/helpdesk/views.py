from __future__ import annotations

from django.db.models import QuerySet
from django.http import HttpRequest, JsonResponse

from helpdesk.models import Ticket


def _rows(tickets: QuerySet[Ticket]) -> list[dict[str, object]]:
    return [
        {"id": t.pk, "subject": t.subject, "priority": t.get_priority_display(), "opened_at": t.opened_at.isoformat()}
        for t in tickets
    ]


def recent_tickets(request: HttpRequest) -> JsonResponse:
    """The 20 most recently opened tickets, open or closed, newest first."""
    return JsonResponse({"tickets": _rows(Ticket.objects.order_by("-opened_at")[:20])})


def closed_today(request: HttpRequest) -> JsonResponse:
    from django.utils import timezone

    today = timezone.now().date()
    return JsonResponse({"closed": Ticket.objects.filter(closed_at__date=today).count()})


def triage_queue(request: HttpRequest) -> JsonResponse:
    """Open tickets in the order the on-call engineer should take them: most urgent
    first, and within a priority the one that has waited longest first."""
    tickets = Ticket.objects.filter(closed_at__isnull=True).order_by("-priority", "opened")
    return JsonResponse({"queue": _rows(tickets)})
