"""A patient looks for a Saturday-evening slot at the walk-in centre, open until midnight."""

from clinics.web import app

app.test_client().get("/clinics/night-walk-in/slots?date=2024-06-08")
