from fastapi.testclient import TestClient

from shop.api import app

client = TestClient(app)


def test_unknown_coupon_is_refused_with_its_message() -> None:
    response = client.post(
        "/checkout/total",
        json={"lines": [{"sku": "tee", "quantity": 2}, {"sku": "mug"}], "coupon": "SUMMER15"},
    )
    assert response.status_code == 422
    assert response.json() == {"detail": "unknown coupon"}


def test_known_and_missing_coupons_still_price_the_cart() -> None:
    lines = [{"sku": "tee", "quantity": 2}, {"sku": "mug"}]
    assert client.post("/checkout/total", json={"lines": lines, "coupon": "welcome5"}).json() == {
        "subtotal": "46.50",
        "discount": "2.33",
        "total": "44.17",
    }
    assert client.post("/checkout/total", json={"lines": lines}).json()["total"] == "46.50"
    assert client.post("/checkout/total", json={"lines": lines, "coupon": "XMAS20"}).json() == {
        "detail": "coupon expired"
    }
