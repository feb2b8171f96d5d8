from catalogue.api import app
from fastapi.testclient import TestClient

client = TestClient(app)


def skus(query: str) -> list[str]:
    response = client.get("/products" + query)
    assert response.status_code == 200
    return [p["sku"] for p in response.json()]


def test_unsorted_listing_keeps_catalogue_order() -> None:
    assert skus("") == ["LAMP-01", "MUG-02", "RUG-03", "VASE-04"]


def test_best_rated_first() -> None:
    assert skus("?sort=rating:desc") == ["MUG-02", "VASE-04", "LAMP-01", "RUG-03"]


def test_unknown_field_is_rejected() -> None:
    assert client.get("/products?sort=stock:asc").status_code == 422
