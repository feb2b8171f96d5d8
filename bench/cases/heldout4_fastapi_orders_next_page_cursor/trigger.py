"""The orders page of the back office follows the first page's "next" link."""

from fastapi.testclient import TestClient

from ledger.api import app

# The cursor the first page of production's orders handed out: {"after":1010}.
TestClient(app).get("/orders", params={"cursor": "eyJhZnRlciI6MTAxMH0"})
