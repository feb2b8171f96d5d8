"""A clerk filters the order list to paid orders and clicks "Show all" to print them."""

from fastapi.testclient import TestClient

from backoffice.api import app

TestClient(app).get("/orders?status=paid&page=1&per_page=0")
