"""Washer 1 got a firmware update with a new 'wool' programme; a customer starts it, and
the board in the shop window refreshes."""

from fastapi.testclient import TestClient

from laundrette.api import app

client = TestClient(app)
client.post("/machines/1/start", json={"programme": "wool", "at": "2024-03-09T11:00:00"})
client.get("/machines")
