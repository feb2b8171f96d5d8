from __future__ import annotations

from fastapi import FastAPI, Request, Response

from shipping_hooks.tracking import PARCELS, record

app = FastAPI(title="shipping-hooks")


@app.post("/hooks/carrier")
async def carrier_event(request: Request) -> Response:
    """The carrier's tracking webhook.

    Each delivery is one JSON object: {"tracking_number": ..., "status": ...}.

    When the webhook is saved or re-enabled in the carrier's dashboard, the carrier first
    sends a *ping*: a POST with an empty body. It must be acknowledged with 204 like any
    other delivery; any other answer (4xx included) makes the carrier mark the endpoint as
    failing and stop sending events after three tries.
    """
    event = await request.json()
    record(event["tracking_number"], event["status"])
    return Response(status_code=204)


@app.get("/parcels/{tracking_number}")
def parcel_status(tracking_number: str) -> dict[str, str]:
    parcel = PARCELS.get(tracking_number)
    return {"tracking_number": tracking_number, "status": parcel.status if parcel else "unknown"}
