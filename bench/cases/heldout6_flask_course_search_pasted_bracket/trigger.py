"""A visitor pastes part of the SQL course's title into the search box."""

from courses.web import app

app.test_client().get("/courses", query_string={"q": "joins (and when"})
