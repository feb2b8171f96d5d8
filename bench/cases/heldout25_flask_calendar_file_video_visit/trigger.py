"""A patient booked for a video consultation taps "Add to calendar" on the confirmation page."""

from clinicweb import create_app

create_app().test_client().get("/appointments/7/calendar.ics")
