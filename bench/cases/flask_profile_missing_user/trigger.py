"""A stale link to the card of a member who deleted their account."""

from members.web import app

app.test_client().get("/members/7/card")
