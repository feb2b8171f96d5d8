import pytest
from fastapi.testclient import TestClient

from receiving import orders
from receiving.api import app


@pytest.fixture(autouse=True)
def fresh() -> None:
    orders.reset()


def test_notice_with_a_bare_order_number() -> None:
    response = TestClient(app).post(
        "/notices",
        json={"order": "123", "carrier": "Schenker", "arrives": "2024-05-16T07:00", "pallets": 14},
    )
    assert response.status_code == 201
    assert response.json() == {
        "id": 1,
        "order": "PO-000123",
        "supplier": "Nordic Timber AB",
        "dock": "D2",
        "carrier": "Schenker",
        "arrives": "2024-05-16T07:00",
        "pallets": 14,
    }


@pytest.mark.parametrize(("reference", "number"), [("123", 123), ("000045", 45), (" 7001 ", 7001), ("PO-000045", 45)])
def test_both_forms_name_the_same_order(reference: str, number: int) -> None:
    assert orders.parse_order_number(reference) == number


def test_bare_number_of_an_unknown_order_is_a_404() -> None:
    response = TestClient(app).post(
        "/notices", json={"order": "999", "carrier": "DSV", "arrives": "2024-05-14T08:00", "pallets": 1}
    )
    assert response.status_code == 404


def test_read_order_by_bare_number() -> None:
    assert TestClient(app).get("/orders/000045").json()["printed"] == "PO-000045"
