"""A patient cancels tomorrow's 09:00 with Dr Osei from the booking page; nobody is on
that day's waiting list."""

from fastapi.testclient import TestClient

from booking.api import app

TestClient(app).post("/appointments/1/cancel")
