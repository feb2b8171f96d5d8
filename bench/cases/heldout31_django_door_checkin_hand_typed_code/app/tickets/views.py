from __future__ import annotations

import json

from django.http import HttpRequest, JsonResponse
from django.utils import timezone
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_GET, require_POST

from tickets.codes import TicketCode, parse_code
from tickets.models import Ticket


def _find(code: TicketCode) -> Ticket | None:
    return (
        Ticket.objects.select_related("event")
        .filter(event_id=code.event_id, serial=code.serial)
        .first()
    )


def _describe(ticket: Ticket, code: TicketCode) -> dict[str, object]:
    return {
        "code": str(code),
        "event": ticket.event.name,
        "holder": ticket.holder,
        "checked_in_at": ticket.checked_in_at.isoformat() if ticket.checked_in_at else None,
    }


@require_GET
def ticket_detail(request: HttpRequest, raw_code: str) -> JsonResponse:
    code = parse_code(raw_code)
    if code is None:
        return JsonResponse({"error": "not a ticket code"}, status=400)
    ticket = _find(code)
    if ticket is None:
        return JsonResponse({"error": "no such ticket"}, status=404)
    return JsonResponse(_describe(ticket, code))


@csrf_exempt
@require_POST
def checkin(request: HttpRequest) -> JsonResponse:
    """The door app posts ``{"code": ...}`` for every ticket scanned or typed in."""
    try:
        raw = json.loads(request.body)["code"]
    except (ValueError, KeyError, TypeError):
        return JsonResponse({"error": 'expected {"code": ...}'}, status=400)
    code = parse_code(str(raw))
    ticket = _find(code)
    if ticket is None:
        return JsonResponse({"error": "no such ticket"}, status=404)
    if ticket.checked_in_at is not None:
        return JsonResponse({"error": "already checked in", **_describe(ticket, code)}, status=409)
    ticket.checked_in_at = timezone.now()
    ticket.save(update_fields=["checked_in_at"])
    return JsonResponse(_describe(ticket, code))
