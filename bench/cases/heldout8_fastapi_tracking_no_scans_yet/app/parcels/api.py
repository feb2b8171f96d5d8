from __future__ import annotations

from datetime import datetime

from fastapi import FastAPI, HTTPException
from pydantic import BaseModel

from parcels.store import SHIPMENTS

app = FastAPI()

#: What a shipment shows before its first carrier scan: the label is printed and the
#: parcel waits for collection.
LABEL_CREATED = "label_created"


class Tracking(BaseModel):
    number: str
    carrier: str
    status: str
    #: Where and when the latest scan happened; null before the first scan.
    location: str | None
    last_update: datetime | None


@app.get("/shipments/{number}/tracking")
def tracking(number: str) -> Tracking:
    """The shipment's current status: its latest carrier scan, or LABEL_CREATED while
    the carrier has not scanned it yet. Unknown numbers are 404."""
    shipment = SHIPMENTS.get(number)
    if shipment is None:
        raise HTTPException(status_code=404, detail="unknown shipment")
    latest = shipment.scans[-1]
    return Tracking(
        number=shipment.number,
        carrier=shipment.carrier,
        status=latest.status,
        location=latest.location,
        last_update=latest.at,
    )
