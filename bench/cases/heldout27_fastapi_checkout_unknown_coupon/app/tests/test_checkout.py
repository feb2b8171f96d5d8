from fastapi.testclient import TestClient

from shop.api import app

client = TestClient(app)


def test_total_without_coupon() -> None:
    response = client.post("/checkout/total", json={"lines": [{"sku": "mug", "quantity": 2}, {"sku": "cap"}]})
    assert response.status_code == 200
    assert response.json() == {"subtotal": "29.00", "discount": "0", "total": "29.00"}


def test_coupon_is_case_insensitive() -> None:
    response = client.post("/checkout/total", json={"lines": [{"sku": "tee", "quantity": 3}], "coupon": " spring10 "})
    assert response.json() == {"subtotal": "57.00", "discount": "5.70", "total": "51.30"}


def test_expired_coupon_is_refused() -> None:
    response = client.post("/checkout/total", json={"lines": [{"sku": "tote"}], "coupon": "XMAS20"})
    assert response.status_code == 422
    assert response.json() == {"detail": "coupon expired"}


def test_unknown_product() -> None:
    response = client.post("/checkout/total", json={"lines": [{"sku": "hoodie"}]})
    assert response.status_code == 404
