"""Monday morning: the front desk opens the day's workload; Dr Lindqvist left the
practice on Friday and still has bookings."""

from datetime import date, time

from fastapi.testclient import TestClient

from clinic import store
from clinic.api import app
from clinic.store import Appointment

monday = date(2024, 3, 4)
store.book(Appointment(1, "riverside", monday, time(9, 0), 2))
store.book(Appointment(2, "riverside", monday, time(9, 30), 1))
store.leave(2)
TestClient(app).get("/clinics/riverside/workload", params={"day": "2024-03-04"})
