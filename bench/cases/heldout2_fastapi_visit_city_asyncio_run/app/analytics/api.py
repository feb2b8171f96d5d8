from __future__ import annotations

from datetime import datetime, timezone

from fastapi import FastAPI, HTTPException
from pydantic import BaseModel

from analytics.geo import city_for_ip, city_for_ip_sync

app = FastAPI(title="visit analytics")


class VisitIn(BaseModel):
    path: str
    ip: str


class Visit(BaseModel):
    id: int
    path: str
    #: None when the geo service does not know the address.
    city: str | None
    at: datetime


VISITS: list[Visit] = []


@app.get("/where")
async def where_am_i(ip: str) -> dict[str, str | None]:
    return {"ip": ip, "city": await city_for_ip(ip)}


@app.post("/visits", status_code=201)
async def record_visit(payload: VisitIn) -> Visit:
    city = city_for_ip_sync(payload.ip)
    visit = Visit(id=len(VISITS) + 1, path=payload.path, city=city, at=datetime.now(timezone.utc))
    VISITS.append(visit)
    return visit


@app.get("/visits/{visit_id}")
async def get_visit(visit_id: int) -> Visit:
    if not 1 <= visit_id <= len(VISITS):
        raise HTTPException(status_code=404, detail="no such visit")
    return VISITS[visit_id - 1]
