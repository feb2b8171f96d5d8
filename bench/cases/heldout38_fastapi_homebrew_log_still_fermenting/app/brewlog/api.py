from __future__ import annotations

from fastapi import FastAPI, HTTPException
from pydantic import BaseModel

from brewlog import batches, gravity
from brewlog.batches import Batch

app = FastAPI(title="Brew log")


class BatchSummary(BaseModel):
    id: int
    name: str
    style: str
    brewed_on: str
    status: str
    #: Percent; None until the final gravity has been taken (the batch is still fermenting).
    abv: float | None
    attenuation: int | None


def summarise(batch: Batch) -> BatchSummary:
    return BatchSummary(
        id=batch.id,
        name=batch.name,
        style=batch.style,
        brewed_on=batch.brewed_on.isoformat(),
        status="fermenting" if batch.final_gravity is None else "finished",
        abv=gravity.abv(batch.original_gravity, batch.final_gravity),
        attenuation=gravity.attenuation(batch.original_gravity, batch.final_gravity),
    )


@app.get("/batches")
def list_batches() -> list[dict[str, object]]:
    return [{"id": b.id, "name": b.name, "brewed_on": b.brewed_on.isoformat()} for b in batches.all_batches()]


@app.get("/batches/{batch_id}", response_model=BatchSummary)
def read_batch(batch_id: int) -> BatchSummary:
    batch = batches.get(batch_id)
    if batch is None:
        raise HTTPException(status_code=404, detail="no such batch")
    return summarise(batch)
