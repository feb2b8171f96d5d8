"""Public tracking pages, reached from the link in the shipping email.

Anyone holding the link may see the shipment; links get shared, retyped and cut short by
mail clients, so a link that names no shipment answers the plain not-found page (404).
"""

from __future__ import annotations

from uuid import UUID

from django.http import HttpRequest, JsonResponse
from django.shortcuts import get_object_or_404

from parcels.models import Shipment


def track(request: HttpRequest, token: str) -> JsonResponse:
    shipment = get_object_or_404(Shipment, token=token)
    return JsonResponse({"carrier": shipment.carrier, "status": shipment.status})


def tracking_events(request: HttpRequest, token: UUID) -> JsonResponse:
    shipment = get_object_or_404(Shipment, token=token)
    events = [{"at": e.at.isoformat(), "description": e.description} for e in shipment.events.all()]
    return JsonResponse({"events": events})
