"""The front desk adds a Pilates class to Tuesday's timetable in the morning; a member
opens Tuesday in the app before anyone has booked it."""

from datetime import date, time

from fastapi.testclient import TestClient

from gymclasses import store
from gymclasses.api import app

store.add_class(store.GymClass(4, "Pilates", date(2024, 5, 7), time(9, 30), "Tom", 10))
TestClient(app).get("/timetable/2024-05-07")
