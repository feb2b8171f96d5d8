from __future__ import annotations

from datetime import timedelta

from django.conf import settings
from django.http import Http404, HttpRequest, JsonResponse

from parcels.shipments import SHIPMENTS


def shipment_status(request: HttpRequest, reference: str) -> JsonResponse:
    """What the customer's status page shows for one shipment."""
    shipment = SHIPMENTS.get(reference)
    if shipment is None:
        raise Http404(f"no shipment {reference}")
    carrier = settings.CARRIERS[shipment.carrier]
    tracking_url = carrier["tracking_url"].format(code=shipment.tracking_code)
    return JsonResponse(
        {
            "reference": shipment.reference,
            "carrier": carrier["name"],
            "destination": shipment.destination,
            "expected_on": (shipment.shipped_on + timedelta(days=carrier["days"])).isoformat(),
            "tracking_url": tracking_url,
        }
    )


def carrier_list(request: HttpRequest) -> JsonResponse:
    """The carriers, for the help page: name and whether parcels can be tracked online."""
    return JsonResponse(
        {
            "carriers": [
                {"id": key, "name": c["name"], "online_tracking": c["tracking_url"] is not None}
                for key, c in sorted(settings.CARRIERS.items())
            ]
        }
    )
