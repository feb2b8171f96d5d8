"""A customer books a Saturday walk on the website; the office then opens Saturday's sheet."""

from datetime import date, time

from walkies import store
from walkies.app import app
from walkies.models import Walk

store.book(Walk(5, "Mabel", "Rosa Grant", date(2024, 6, 15), time(9, 30), 60))
app.test_client().get("/api/day/2024-06-15")
