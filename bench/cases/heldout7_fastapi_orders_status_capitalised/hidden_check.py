from fastapi.testclient import TestClient

from shop.api import app


def numbers(query: str) -> list[str]:
    response = TestClient(app).get("/orders" + query)
    assert response.status_code == 200
    return [o["number"] for o in response.json()]


def test_capitalised_status_from_an_old_email() -> None:
    assert numbers("?status=Shipped") == ["A-1002", "A-1004"]


def test_any_case_matches() -> None:
    assert numbers("?status=PENDING") == ["A-1003"]
    assert numbers("?status=Delivered") == ["A-1001"]
    assert numbers("?status=shipped") == ["A-1002", "A-1004"]
    assert numbers("") == ["A-1001", "A-1002", "A-1003", "A-1004"]
