from __future__ import annotations

from statistics import median

from fastapi import FastAPI, HTTPException
from pydantic import BaseModel

from dispatch.deliveries import COURIERS, minutes_for, on_time_count

app = FastAPI()


class CourierStats(BaseModel):
    courier: str
    name: str
    deliveries: int
    #: Median minutes from pick-up to hand-over; null until the courier's first
    #: completed delivery (a 0 would rank a new courier as the fastest on the board).
    median_minutes: float | None
    on_time: int


@app.get("/couriers/{courier}/stats")
def courier_stats(courier: str) -> CourierStats:
    if courier not in COURIERS:
        raise HTTPException(status_code=404, detail="unknown courier")
    minutes = minutes_for(courier)
    return CourierStats(
        courier=courier,
        name=COURIERS[courier],
        deliveries=len(minutes),
        median_minutes=median(minutes),
        on_time=on_time_count(courier),
    )
