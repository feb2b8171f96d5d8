from fastapi.testclient import TestClient

from shop.api import app

client = TestClient(app)


def test_summary_of_a_shipped_order() -> None:
    assert client.get("/orders/1001/summary").json() == {
        "id": "1001",
        "email": "ada@example.com",
        "items": 2,
        "total": "25.00 EUR",
        "ship_to_country": "FR",
    }


def test_unknown_order() -> None:
    assert client.get("/orders/9/summary").status_code == 404
