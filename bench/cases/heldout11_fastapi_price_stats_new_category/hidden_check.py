from catalog.api import app
from fastapi.testclient import TestClient


def test_empty_category_has_no_median() -> None:
    response = TestClient(app).get("/categories/gift-cards/price-stats")
    assert response.status_code == 200
    assert response.json() == {"category": "gift-cards", "count": 0, "median": None}


def test_unknown_category_has_no_median() -> None:
    response = TestClient(app).get("/categories/lamps/price-stats")
    assert response.status_code == 200
    assert response.json() == {"category": "lamps", "count": 0, "median": None}


def test_other_categories_unchanged() -> None:
    assert TestClient(app).get("/categories/mugs/price-stats").json()["median"] == 9.5
