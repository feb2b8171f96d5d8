"""An old HTML form posts to the subscribe endpoint as form data, not JSON."""

from signup.web import app

app.test_client().post("/subscribe", data={"email": "grace@example.com"})
