"""Someone opens the spring hike, whose organiser has since deleted their account."""

from meetups.web import app

app.test_client().get("/events/3")
