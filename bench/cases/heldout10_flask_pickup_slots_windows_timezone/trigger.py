"""A customer on a Windows laptop in Seattle picks a collection slot."""

from pickup.app import app

app.testing = True
app.test_client().get("/pickup-slots?tz=Pacific Standard Time")
