"""An organiser downloads the attendee list after registrations from abroad came in."""

from fastapi.testclient import TestClient

from events import store
from events.api import app

store.reset(
    store.Attendee("Ada Lovelace", "ada@example.com", "speaker"),
    store.Attendee("Łukasz Nowak", "lukasz@example.pl", "standard"),
)
TestClient(app).get("/attendees.csv")
