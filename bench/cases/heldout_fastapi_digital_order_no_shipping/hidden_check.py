from fastapi.testclient import TestClient

from shop.api import app

client = TestClient(app)


def test_download_only_order_has_no_country() -> None:
    response = client.get("/orders/1002/summary")
    assert response.status_code == 200
    assert response.json() == {
        "id": "1002",
        "email": "grace@example.com",
        "items": 1,
        "total": "9.00 EUR",
        "ship_to_country": None,
    }


def test_shipped_order_unchanged() -> None:
    assert client.get("/orders/1001/summary").json()["ship_to_country"] == "FR"
