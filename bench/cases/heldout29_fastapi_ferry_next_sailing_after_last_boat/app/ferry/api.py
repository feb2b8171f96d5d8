from __future__ import annotations

from datetime import date, datetime

from fastapi import FastAPI, HTTPException

from ferry import timetable

app = FastAPI(title="Island ferries")


@app.get("/routes")
def list_routes() -> list[str]:
    return timetable.routes()


@app.get("/routes/{route}/sailings")
def sailings(route: str, day: date) -> list[dict[str, str]]:
    if route not in timetable.TIMETABLE:
        raise HTTPException(status_code=404, detail="unknown route")
    return [s.as_json() for s in timetable.sailings_on(route, day)]


@app.get("/routes/{route}/next")
def next_sailing(route: str, at: datetime | None = None) -> dict[str, str]:
    """The departure board's "next boat" panel: polled all day long, late evening included."""
    if route not in timetable.TIMETABLE:
        raise HTTPException(status_code=404, detail="unknown route")
    return timetable.next_sailing(route, at or datetime.now()).as_json()
