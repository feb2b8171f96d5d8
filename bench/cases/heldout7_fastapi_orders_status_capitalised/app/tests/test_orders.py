from fastapi.testclient import TestClient

from shop.api import app


def numbers(response) -> list[str]:
    return [o["number"] for o in response.json()]


def test_all_orders() -> None:
    assert numbers(TestClient(app).get("/orders")) == ["A-1001", "A-1002", "A-1003", "A-1004"]


def test_filter_by_status() -> None:
    assert numbers(TestClient(app).get("/orders", params={"status": "shipped"})) == ["A-1002", "A-1004"]
    assert numbers(TestClient(app).get("/orders", params={"status": "cancelled"})) == []
