from catalog.api import app
from fastapi.testclient import TestClient


def test_median_of_mugs() -> None:
    body = TestClient(app).get("/categories/mugs/price-stats").json()
    assert body == {"category": "mugs", "count": 3, "median": 9.5}


def test_even_count() -> None:
    assert TestClient(app).get("/categories/teapots/price-stats").json()["median"] == 27.5
