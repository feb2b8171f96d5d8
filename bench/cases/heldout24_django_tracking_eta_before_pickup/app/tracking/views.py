from __future__ import annotations

from django.http import JsonResponse
from django.shortcuts import get_object_or_404

from tracking.models import Shipment


def track(request, reference: str) -> JsonResponse:
    """What the "where is my order" page shows."""
    shipment = get_object_or_404(Shipment, reference=reference)
    data: dict[str, object] = {
        "reference": shipment.reference,
        "carrier": shipment.carrier,
        "status": shipment.status(),
        "tracking_number": shipment.tracking_number or None,
    }
    if shipment.delivered_on is not None:
        data["delivered_on"] = shipment.delivered_on.isoformat()
    else:
        data["estimated_delivery"] = shipment.estimated_delivery().isoformat()
    return JsonResponse(data)
