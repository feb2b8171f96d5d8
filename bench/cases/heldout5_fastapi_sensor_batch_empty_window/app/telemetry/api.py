from __future__ import annotations

from dataclasses import asdict
from datetime import datetime

from fastapi import FastAPI
from pydantic import BaseModel

from telemetry.stats import Reading, summarise

app = FastAPI()


class ReadingIn(BaseModel):
    taken_at: datetime
    celsius: float


class Batch(BaseModel):
    sensor: str
    readings: list[ReadingIn]


class SummaryOut(BaseModel):
    sensor: str
    count: int
    peak: float | None
    mean: float | None


@app.post("/batches", response_model=SummaryOut)
def upload_batch(batch: Batch) -> SummaryOut:
    readings = [Reading(r.taken_at, r.celsius) for r in batch.readings]
    return SummaryOut(sensor=batch.sensor, **asdict(summarise(readings)))
