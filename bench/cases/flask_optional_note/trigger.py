"""The mobile app's quick-add sends only a title."""

from todo.web import app

app.test_client().post("/items", json={"title": "Call the plumber"})
