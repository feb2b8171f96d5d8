"""A shopper opens the page of the double hammock, which no warehouse stocks."""

from fastapi.testclient import TestClient

from shopfront.api import app

TestClient(app).get("/products/HAMMOCK-XL/delivery-estimate")
