"""The customer opens the confirmation page of the e-book they just bought."""

from fastapi.testclient import TestClient

from shop.api import app

TestClient(app).get("/orders/1002/summary")
