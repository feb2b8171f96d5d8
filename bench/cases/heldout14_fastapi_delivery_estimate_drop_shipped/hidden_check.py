import pytest
from fastapi.testclient import TestClient

from shopfront import catalogue
from shopfront.api import app


@pytest.fixture(autouse=True)
def fresh() -> None:
    catalogue.reset()


def test_product_no_warehouse_stocks_is_drop_shipped() -> None:
    response = TestClient(app).get("/products/HAMMOCK-XL/delivery-estimate")
    assert response.status_code == 200
    assert response.json() == {
        "sku": "HAMMOCK-XL",
        "quantity": 1,
        "days": catalogue.SUPPLIER_LEAD_DAYS,
        "source": "supplier",
    }


def test_order_larger_than_any_warehouse_holds_is_drop_shipped() -> None:
    response = TestClient(app).get("/products/TENT-2P/delivery-estimate", params={"quantity": 80})
    assert response.status_code == 200
    assert response.json() == {"sku": "TENT-2P", "quantity": 80, "days": 10, "source": "supplier"}


def test_stocked_and_unknown_products_unchanged() -> None:
    client = TestClient(app)
    assert client.get("/products/STOVE-MINI/delivery-estimate").json()["source"] == "rotterdam"
    assert client.get("/products/TENT-2P/delivery-estimate", params={"quantity": 20}).json()["days"] == 4
    assert client.get("/products/NOPE/delivery-estimate").status_code == 404
