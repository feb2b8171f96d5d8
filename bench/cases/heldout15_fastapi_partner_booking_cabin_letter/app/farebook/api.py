"""The booking API that partner travel agencies post to."""

from __future__ import annotations

import itertools

from fastapi import FastAPI, HTTPException
from pydantic import BaseModel, Field

from farebook import fares

app = FastAPI(title="farebook")

_BOOKINGS: dict[int, dict[str, object]] = {}
_NEXT_ID = itertools.count(1)


class BookingRequest(BaseModel):
    """A booking as a partner agency posts it.

    Airport codes and the cabin letter arrive in whatever case the agency's system
    uses (IATA codes are case-insensitive); farebook stores them upper-case.
    """

    partner_ref: str
    origin: str
    destination: str
    cabin: str = "Y"
    passengers: int = Field(default=1, ge=1, le=9)


def reset() -> None:
    global _NEXT_ID
    _BOOKINGS.clear()
    _NEXT_ID = itertools.count(1)


@app.post("/bookings", status_code=201)
def create_booking(request: BookingRequest) -> dict[str, object]:
    origin = request.origin.strip().upper()
    destination = request.destination.strip().upper()
    if not fares.serves(origin, destination):
        raise HTTPException(status_code=404, detail=f"no fares for {origin}-{destination}")
    total = fares.quote(origin, destination, request.cabin, request.passengers)
    booking_id = next(_NEXT_ID)
    booking: dict[str, object] = {
        "id": booking_id,
        "partner_ref": request.partner_ref,
        "route": f"{origin}-{destination}",
        "cabin": request.cabin,
        "passengers": request.passengers,
        "total": str(total),
    }
    _BOOKINGS[booking_id] = booking
    return booking


@app.get("/bookings/{booking_id}")
def read_booking(booking_id: int) -> dict[str, object]:
    booking = _BOOKINGS.get(booking_id)
    if booking is None:
        raise HTTPException(status_code=404)
    return booking
