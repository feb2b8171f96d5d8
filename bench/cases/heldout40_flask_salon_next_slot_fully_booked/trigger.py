"""Maya is fully booked on Saturday; a client opens her booking page for that day."""

from datetime import date

from salon import diary
from salon.web import app

saturday = date(2024, 6, 15)
for n, slot in enumerate(diary.day_slots(saturday)):
    diary.book("maya", saturday, slot, f"client {n}")
app.test_client().get("/stylists/maya/next-slot?date=2024-06-15")
