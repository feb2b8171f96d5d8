from fastapi.testclient import TestClient

from stockroom.api import app

client = TestClient(app)


def test_price_of_known_sku() -> None:
    response = client.get("/prices/KB-101")
    assert response.status_code == 200
    assert response.json() == {"sku": "KB-101", "cents": 4999}


def test_price_of_unknown_sku_is_404() -> None:
    assert client.get("/prices/NOPE").status_code == 404


def test_stock_of_known_sku() -> None:
    assert client.get("/stock/HD-330").json() == {"sku": "HD-330", "on_hand": 7, "in_stock": True}


def test_sold_out_sku_is_not_in_stock() -> None:
    assert client.get("/stock/MS-220").json()["in_stock"] is False
