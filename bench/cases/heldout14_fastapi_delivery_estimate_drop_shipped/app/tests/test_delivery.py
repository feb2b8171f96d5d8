import pytest
from fastapi.testclient import TestClient

from shopfront import catalogue
from shopfront.api import app


@pytest.fixture(autouse=True)
def fresh() -> None:
    catalogue.reset()


def test_quickest_warehouse_wins() -> None:
    response = TestClient(app).get("/products/TENT-2P/delivery-estimate")
    assert response.json() == {"sku": "TENT-2P", "quantity": 1, "days": 2, "source": "leeds"}


def test_large_order_from_the_warehouse_that_has_enough() -> None:
    response = TestClient(app).get("/products/MUG-TI/delivery-estimate", params={"quantity": 10})
    assert response.json()["source"] == "rotterdam"
    assert response.json()["days"] == 4


def test_unknown_product() -> None:
    assert TestClient(app).get("/products/NOPE/delivery-estimate").status_code == 404
    assert TestClient(app).get("/products/NOPE").status_code == 404
