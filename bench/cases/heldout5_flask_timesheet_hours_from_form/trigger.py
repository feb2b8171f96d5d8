"""A freelancer logs an hour and a half of development on the web page."""

from timesheet.web import app

app.test_client().post("/entries", data={"kind": "development", "hours": "1.5"})
