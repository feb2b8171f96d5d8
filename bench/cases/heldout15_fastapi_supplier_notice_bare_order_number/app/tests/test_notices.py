import pytest
from fastapi.testclient import TestClient

from receiving import orders
from receiving.api import app


@pytest.fixture(autouse=True)
def fresh() -> None:
    orders.reset()


def test_notice_with_printed_order_number() -> None:
    response = TestClient(app).post(
        "/notices",
        json={"order": "PO-000123", "carrier": " DSV ", "arrives": "2024-05-14T08:00", "pallets": 6},
    )
    assert response.status_code == 201
    assert response.json() == {
        "id": 1,
        "order": "PO-000123",
        "supplier": "Nordic Timber AB",
        "dock": "D2",
        "carrier": "DSV",
        "arrives": "2024-05-14T08:00",
        "pallets": 6,
    }


def test_hazardous_goods_go_to_dock_9() -> None:
    response = TestClient(app).post(
        "/notices",
        json={"order": "PO-000045", "carrier": "DHL", "arrives": "2024-05-15T10:30", "pallets": 2, "hazardous": True},
    )
    assert response.json()["dock"] == "D9"


def test_read_order() -> None:
    response = TestClient(app).get("/orders/PO-007001")
    assert response.json() == {
        "number": 7001,
        "supplier": "Kowalski Packaging",
        "dock": "D3",
        "lines": 1,
        "printed": "PO-007001",
    }


def test_unknown_order() -> None:
    response = TestClient(app).post(
        "/notices", json={"order": "PO-000999", "carrier": "DSV", "arrives": "2024-05-14T08:00", "pallets": 1}
    )
    assert response.status_code == 404


def test_printed_number() -> None:
    assert orders.printed_number(45) == "PO-000045"
