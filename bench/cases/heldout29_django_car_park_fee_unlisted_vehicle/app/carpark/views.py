from __future__ import annotations

from datetime import datetime

from django.http import Http404, HttpRequest, JsonResponse
from django.utils import timezone

from carpark import tariffs, tickets


def tariff_board(request: HttpRequest) -> JsonResponse:
    board = {cls: tariffs.as_pounds(p) for cls, p in tariffs.HOURLY_PENCE.items()}
    return JsonResponse({"per_hour": board, "other_vehicles": tariffs.OTHER_VEHICLES})


def ticket_fee(request: HttpRequest, code: str) -> JsonResponse:
    """What the pay station shows when a ticket is inserted (``?at=`` for receipts reprinted later)."""
    ticket = tickets.find(code)
    if ticket is None:
        raise Http404("unknown ticket")
    left = datetime.fromisoformat(request.GET["at"]) if "at" in request.GET else timezone.now()
    pence = tariffs.fee_pence(ticket.vehicle_class, ticket.entered, left)
    return JsonResponse(
        {
            "ticket": ticket.code,
            "plate": ticket.plate,
            "hours": tariffs.hours_charged(ticket.entered, left),
            "pence": pence,
            "fee": tariffs.as_pounds(pence),
        }
    )
