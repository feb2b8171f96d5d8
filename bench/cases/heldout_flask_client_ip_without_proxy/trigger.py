"""The uptime monitor fetches a release from the app server directly, bypassing the proxy."""

from downloads.web import app

app.test_client().get("/releases/1.4.2", environ_base={"REMOTE_ADDR": "198.51.100.20"})
