"""The platform team's dashboard loads its "birthdays this week" panel on a Monday in February."""

from fastapi.testclient import TestClient

from teamdash.api import app

TestClient(app).get("/birthdays/upcoming", params={"team": "platform", "on": "2026-02-23"})
