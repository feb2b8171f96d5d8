from datetime import date

import pytest
from fastapi.testclient import TestClient
from quotes import api


@pytest.fixture
def client(monkeypatch: pytest.MonkeyPatch) -> TestClient:
    monkeypatch.setattr(api, "today", lambda: date(2024, 5, 10))  # a Friday
    return TestClient(api.app)


def test_pair_without_translator_is_priced_as_two_legs_through_english(client: TestClient) -> None:
    response = client.post("/quotes", json={"source": "pt", "target": "ja", "words": 1200})
    assert response.status_code == 200
    assert response.json() == {
        "route": ["pt", "en", "ja"],
        "price": "300.00",
        "currency": "EUR",
        "working_days": 2,
        "deliver_by": "2024-05-14",
    }


def test_rush_job_through_english(client: TestClient) -> None:
    body = client.post(
        "/quotes", json={"source": "fr", "target": "de", "words": 5000, "rush": True}
    ).json()
    assert (body["route"], body["price"], body["working_days"]) == (
        ["fr", "en", "de"],
        "1575.00",
        2,
    )


def test_each_leg_has_its_own_minimum_charge(client: TestClient) -> None:
    body = client.post("/quotes", json={"source": "pl", "target": "fr", "words": 100}).json()
    assert body["price"] == "70.00"


def test_direct_pairs_unchanged(client: TestClient) -> None:
    assert (
        client.post("/quotes", json={"source": "de", "target": "fr", "words": 1000}).json()["price"]
        == "120.00"
    )
    assert (
        client.post("/quotes", json={"source": "en", "target": "pl", "words": 10}).json()["price"]
        == "35.00"
    )
