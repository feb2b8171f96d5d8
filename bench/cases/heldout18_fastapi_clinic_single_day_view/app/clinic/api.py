from __future__ import annotations

from fastapi import FastAPI, HTTPException

from clinic import store
from clinic.dates import parse_range

app = FastAPI(title="Clinic schedule")


@app.get("/clinicians")
def clinicians() -> list[dict[str, object]]:
    return [{"id": cid, "name": name} for cid, name in sorted(store.CLINICIANS.items())]


@app.get("/clinicians/{clinician_id}/appointments")
def appointments(clinician_id: int, dates: str) -> dict[str, object]:
    """One clinician's appointments over ``dates`` (see ``parse_range``), earliest first."""
    name = store.CLINICIANS.get(clinician_id)
    if name is None:
        raise HTTPException(404, "no such clinician")
    start, end = parse_range(dates)
    return {
        "clinician": name,
        "from": start.isoformat(),
        "to": end.isoformat(),
        "appointments": [
            {
                "id": a.id,
                "patient": a.patient,
                "starts_at": a.starts_at.isoformat(timespec="minutes"),
                "minutes": a.minutes,
            }
            for a in store.for_clinician(clinician_id, start, end)
        ],
    }
