from datetime import date

import pytest
from fastapi.testclient import TestClient
from quotes import api
from quotes.pricing import add_working_days, quote
from quotes.rates import route


@pytest.fixture
def client(monkeypatch: pytest.MonkeyPatch) -> TestClient:
    monkeypatch.setattr(api, "today", lambda: date(2024, 5, 10))  # a Friday
    return TestClient(api.app)


def test_direct_pair(client: TestClient) -> None:
    response = client.post("/quotes", json={"source": "EN", "target": "de", "words": 6000})
    assert response.json() == {
        "route": ["en", "de"],
        "price": "660.00",
        "currency": "EUR",
        "working_days": 3,
        "deliver_by": "2024-05-15",
    }


def test_minimum_charge_and_rush(client: TestClient) -> None:
    body = client.post(
        "/quotes", json={"source": "fr", "target": "en", "words": 120, "rush": True}
    ).json()
    assert (body["price"], body["working_days"], body["deliver_by"]) == ("52.50", 1, "2024-05-13")


def test_unknown_language(client: TestClient) -> None:
    response = client.post("/quotes", json={"source": "en", "target": "tlh", "words": 10})
    assert response.status_code == 422
    assert response.json()["detail"] == "we do not translate tlh"


def test_same_language(client: TestClient) -> None:
    assert (
        client.post("/quotes", json={"source": "de", "target": "de", "words": 10}).status_code
        == 422
    )


def test_pairs_list(client: TestClient) -> None:
    pairs = client.get("/pairs").json()
    assert {"source": "de", "target": "fr", "cents_per_word": 12} in pairs


def test_route() -> None:
    assert route("de", "fr") == [("de", "fr")]
    assert route("fr", "de") == [("fr", "en"), ("en", "de")]


def test_working_days_skip_the_weekend() -> None:
    assert add_working_days(date(2024, 5, 10), 1) == date(2024, 5, 13)
    assert quote("en", "pl", 2500, False, date(2024, 5, 6)).deliver_by == date(2024, 5, 7)
