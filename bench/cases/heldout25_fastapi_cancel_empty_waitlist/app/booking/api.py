from __future__ import annotations

from datetime import date, datetime

from fastapi import FastAPI, HTTPException
from pydantic import BaseModel

from booking import store

app = FastAPI(title="Riverside Clinic booking")


class Cancelled(BaseModel):
    id: int
    status: str
    #: The waiting-list patient the freed slot is now held for, if any.
    offered_to: int | None


@app.get("/practitioners/{practitioner_id}/free-slots")
def free_slots(practitioner_id: int, day: date) -> list[datetime]:
    return store.free_slots(practitioner_id, day)


@app.post("/appointments/{appointment_id}/cancel")
def cancel(appointment_id: int) -> Cancelled:
    """Cancel a booking. The freed slot is offered to whoever has waited longest for
    that practitioner on that day; with nobody waiting it goes back on the booking
    page for anyone to take."""
    appointment = store.get_appointment(appointment_id)
    if appointment is None:
        raise HTTPException(status_code=404, detail="no such appointment")
    if appointment.status == "cancelled":
        raise HTTPException(status_code=409, detail="already cancelled")
    appointment.status = "cancelled"
    waiting = store.waitlist(appointment.practitioner_id, appointment.start.date())
    held = store.offer(waiting[0], appointment)
    return Cancelled(id=appointment.id, status=appointment.status, offered_to=held.patient_id)
