"""The shop front loads the price filter of the brand-new, still empty gift-cards category."""

from catalog.api import app
from fastapi.testclient import TestClient

TestClient(app).get("/categories/gift-cards/price-stats")
