import pytest
from fastapi.testclient import TestClient

from courts import data
from courts.api import app


@pytest.fixture(autouse=True)
def fresh() -> None:
    data.reset()


def test_list_courts() -> None:
    courts = TestClient(app).get("/courts").json()
    assert [c["floodlit"] for c in courts] == [True, True, False]


def test_daytime_quote() -> None:
    response = TestClient(app).get("/courts/3/quote", params={"start": 9, "hours": 2})
    assert response.json() == {"court": "Court 3 (grass)", "start": "09:00", "hours": 2, "total": "24.00"}


def test_evening_quote_adds_floodlights() -> None:
    response = TestClient(app).get("/courts/2/quote", params={"start": 17, "hours": 3})
    assert response.json()["total"] == "36.00"


def test_taken_slot() -> None:
    response = TestClient(app).get("/courts/1/quote", params={"start": 18, "hours": 2})
    assert response.status_code == 409


def test_unknown_court() -> None:
    assert TestClient(app).get("/courts/7/quote", params={"start": 9}).status_code == 404


def test_past_closing() -> None:
    assert TestClient(app).get("/courts/1/quote", params={"start": 21, "hours": 2}).status_code == 422
