"""A scanner at the front desk asks for the stock of a SKU that was never catalogued."""

from fastapi.testclient import TestClient

from stockroom.api import app

TestClient(app).get("/stock/KB-999")
