from catalogue.api import app
from fastapi.testclient import TestClient

client = TestClient(app)


def skus(query: str) -> list[str]:
    response = client.get("/products" + query)
    assert response.status_code == 200, response.text
    return [p["sku"] for p in response.json()]


def test_field_alone_sorts_ascending() -> None:
    assert skus("?sort=price_cents") == ["MUG-02", "VASE-04", "LAMP-01", "RUG-03"]
    assert skus("?sort=name") == ["LAMP-01", "MUG-02", "VASE-04", "RUG-03"]


def test_explicit_directions_still_work() -> None:
    assert skus("?sort=price_cents:desc") == ["RUG-03", "LAMP-01", "VASE-04", "MUG-02"]
    assert skus("?sort=price_cents:asc") == ["MUG-02", "VASE-04", "LAMP-01", "RUG-03"]


def test_bad_sorts_are_still_rejected() -> None:
    assert client.get("/products?sort=stock").status_code == 422
    assert client.get("/products?sort=price_cents:sideways").status_code == 422
