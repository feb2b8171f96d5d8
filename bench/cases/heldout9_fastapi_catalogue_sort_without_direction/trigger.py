"""A shopper clicks the storefront's "Price" sort button, which sends just the field."""

from catalogue.api import app
from fastapi.testclient import TestClient

TestClient(app).get("/products?sort=price_cents")
