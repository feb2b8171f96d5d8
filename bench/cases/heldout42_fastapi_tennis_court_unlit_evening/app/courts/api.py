from __future__ import annotations

from decimal import Decimal

from fastapi import FastAPI, HTTPException, Query

from courts import data

app = FastAPI(title="Riverside Tennis Club bookings")


@app.get("/courts")
def list_courts() -> list[dict[str, object]]:
    return [
        {"id": court_id, "name": court["name"], "floodlit": "floodlight_fee" in court}
        for court_id, court in sorted(data.COURTS.items())
    ]


@app.get("/courts/{court_id}/quote")
def quote(
    court_id: int,
    start: int = Query(ge=data.OPENS, lt=data.CLOSES),
    hours: int = Query(1, ge=1, le=3),
) -> dict[str, object]:
    """The price of booking ``court_id`` for ``hours`` hours from ``start`` o'clock.

    Every hour costs the court's hourly rate; hours from DUSK_HOUR on are played under
    floodlights and cost the floodlight fee on top. A court without floodlights cannot
    be played on after dusk, so such a booking is refused the way a taken slot is.
    """
    court = data.COURTS.get(court_id)
    if court is None:
        raise HTTPException(status_code=404, detail="no such court")
    if start + hours > data.CLOSES:
        raise HTTPException(status_code=422, detail=f"the club closes at {data.CLOSES}:00")
    if data.is_taken(court_id, start, hours):
        raise HTTPException(status_code=409, detail="that slot is already booked")
    total = Decimal("0.00")
    for hour in range(start, start + hours):
        total += court["hourly"]
        if hour >= data.DUSK_HOUR:
            total += court["floodlight_fee"]
    return {"court": court["name"], "start": f"{start:02d}:00", "hours": hours, "total": str(total)}
