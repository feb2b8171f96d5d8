"""A user clicks "new since your last visit" on the dashboard, which links with a timestamp."""

from dash.app import app

app.test_client().get("/activity?since=2026-03-07T09:00:00")
