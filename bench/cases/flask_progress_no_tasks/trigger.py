"""The dashboard shows a project created a minute ago."""

from tracker.web import app

app.test_client().get("/projects/empty/progress")
