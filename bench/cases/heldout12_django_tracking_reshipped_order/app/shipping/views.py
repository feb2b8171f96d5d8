from __future__ import annotations

from django.http import HttpRequest, JsonResponse
from django.shortcuts import get_object_or_404

from shipping.models import Shipment


def _as_json(shipment: Shipment) -> dict[str, object]:
    return {
        "order": shipment.order_ref,
        "carrier": shipment.carrier,
        "tracking_number": shipment.tracking_number,
        "shipped_at": shipment.shipped_at.isoformat(),
    }


def tracking(request: HttpRequest, order_ref: str) -> JsonResponse:
    """The "Where is my order?" page. For an order shipped more than once, the customer
    follows the most recently shipped parcel; an unknown order is a 404."""
    shipment = get_object_or_404(Shipment, order_ref=order_ref)
    return JsonResponse(_as_json(shipment))


def carrier_shipments(request: HttpRequest, carrier: str) -> JsonResponse:
    shipments = Shipment.objects.filter(carrier=carrier).order_by("-shipped_at")
    return JsonResponse({"shipments": [_as_json(s) for s in shipments]})
