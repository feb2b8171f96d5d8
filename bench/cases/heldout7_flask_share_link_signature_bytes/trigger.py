"""A manager shares the board minutes with the auditors."""

from docshare.web import app

app.test_client().post("/documents/12/share")
