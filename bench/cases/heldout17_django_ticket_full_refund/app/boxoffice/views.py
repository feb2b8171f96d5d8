"""Webhooks from TixHub, the reseller that sells our tickets, and the door scanners.

TixHub posts one JSON event per request, with our shared token in X-TixHub-Token::

    {"type": "order.created", "data": {"order": "TX-1001", "email": "...",
                                       "tickets": [{"code": "...", "seat": "..."}, ...]}}
    {"type": "order.refunded", "data": {"order": "TX-1001", "tickets": ["<code>", ...]}}

In ``order.refunded``, ``tickets`` lists the codes refunded by a partial refund; TixHub
leaves the key out when the whole order is refunded (every ticket of it). A refunded
ticket must no longer open the door. Event types we have no handler for are acknowledged
with 204, or TixHub retries them for three days and then disables the endpoint.
"""

from __future__ import annotations

import hmac
import json
from typing import Any

from django.conf import settings
from django.db import transaction
from django.http import HttpRequest, HttpResponse, HttpResponseForbidden, JsonResponse
from django.shortcuts import get_object_or_404
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_GET, require_POST

from boxoffice.models import REFUNDED, SCANNED, VALID, Order, Ticket


def order_created(data: dict[str, Any]) -> None:
    order = Order.objects.create(reference=data["order"], buyer_email=data["email"])
    Ticket.objects.bulk_create(Ticket(order=order, code=t["code"], seat=t["seat"]) for t in data["tickets"])


def order_refunded(data: dict[str, Any]) -> None:
    order = Order.objects.get(reference=data["order"])
    order.tickets.filter(code__in=data["tickets"]).update(status=REFUNDED)
    still_valid = order.tickets.exclude(status=REFUNDED).exists()
    order.status = Order.PARTIALLY_REFUNDED if still_valid else Order.REFUNDED
    order.save(update_fields=["status"])


HANDLERS = {
    "order.created": order_created,
    "order.refunded": order_refunded,
}


@csrf_exempt
@require_POST
def tixhub_webhook(request: HttpRequest) -> HttpResponse:
    token = request.headers.get("X-TixHub-Token", "")
    if not hmac.compare_digest(token, settings.TIXHUB_TOKEN):
        return HttpResponseForbidden()
    event = json.loads(request.body)
    handler = HANDLERS.get(event["type"])
    if handler is not None:
        with transaction.atomic():
            handler(event["data"])
    return HttpResponse(status=204)


@require_GET
def door_scan(request: HttpRequest, code: str) -> HttpResponse:
    """The scanner at the door: 200 admits (once), 409 refuses."""
    ticket = get_object_or_404(Ticket, code=code)
    if ticket.status != VALID:
        return JsonResponse({"admit": False, "reason": ticket.status}, status=409)
    ticket.status = SCANNED
    ticket.save(update_fields=["status"])
    return JsonResponse({"admit": True, "seat": ticket.seat})
