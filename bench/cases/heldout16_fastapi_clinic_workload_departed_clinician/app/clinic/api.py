from __future__ import annotations

from collections import Counter
from datetime import date

from fastapi import FastAPI, HTTPException

from clinic import store

app = FastAPI(title="Front desk")

#: The row under which the workload lists appointments that have no clinician on staff.
UNASSIGNED = "Unassigned"


@app.get("/clinics/{clinic_id}/staff")
def list_staff(clinic_id: str) -> list[dict[str, object]]:
    if store.clinic_name(clinic_id) is None:
        raise HTTPException(status_code=404, detail="unknown clinic")
    return [{"id": c.id, "name": c.name} for c in store.staff(clinic_id)]


@app.get("/clinics/{clinic_id}/workload")
def workload(clinic_id: str, day: date) -> list[dict[str, object]]:
    """How many appointments each clinician has on ``day``, busiest first (ties by name).

    Every appointment of the day is counted exactly once: those without a clinician on
    staff are counted under UNASSIGNED, so that the front desk sees them and reassigns
    them before the patients arrive.
    """
    if store.clinic_name(clinic_id) is None:
        raise HTTPException(status_code=404, detail="unknown clinic")
    counts: Counter[str] = Counter()
    for appointment in store.appointments(clinic_id, day):
        if appointment.clinician_id is None:
            counts[UNASSIGNED] += 1
            continue
        clinician = store.clinician(appointment.clinician_id)
        counts[clinician.name] += 1
    rows = sorted(counts.items(), key=lambda item: (-item[1], item[0]))
    return [{"clinician": name, "appointments": count} for name, count in rows]
