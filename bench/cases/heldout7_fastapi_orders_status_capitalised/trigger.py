"""A customer follows the "see your shipped orders" link in a 2025 dispatch e-mail."""

from fastapi.testclient import TestClient

from shop.api import app

TestClient(app).get("/orders?status=Shipped")
