"""A travel agent's booking tool downloads the nightly fares file."""

from fares.web import app

app.test_client().get("/fares.csv")
