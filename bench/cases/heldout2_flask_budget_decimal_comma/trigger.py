"""A user in Lyon sets their monthly budget in the settings form."""

from expenses.web import app

app.test_client().post("/budget", data={"limit": "450,50"})
