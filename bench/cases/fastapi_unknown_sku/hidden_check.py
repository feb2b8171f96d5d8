from fastapi.testclient import TestClient

from stockroom.api import app

client = TestClient(app)


def test_unknown_sku_is_a_404_like_prices() -> None:
    response = client.get("/stock/KB-999")
    assert response.status_code == 404


def test_known_skus_unchanged() -> None:
    assert client.get("/stock/KB-101").json() == {"sku": "KB-101", "on_hand": 12, "in_stock": True}
    assert client.get("/stock/MS-220").json()["in_stock"] is False
