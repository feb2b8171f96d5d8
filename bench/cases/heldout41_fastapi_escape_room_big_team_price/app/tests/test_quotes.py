from decimal import Decimal

from fastapi.testclient import TestClient

from escape import pricing
from escape.api import app

client = TestClient(app)


def test_rooms() -> None:
    assert [r["capacity"] for r in client.get("/rooms").json()] == [4, 6, 8]


def test_quote_for_four_on_a_weekday() -> None:
    response = client.post("/quotes", json={"room": "library", "players": 4})
    assert response.json() == {
        "room": "The Locked Library",
        "players": 4,
        "per_player": "27.00",
        "total": "108.00",
    }


def test_weekend_pair() -> None:
    response = client.post("/quotes", json={"room": "pharaoh", "players": 2, "weekend": True})
    assert response.json()["total"] == "70.00"


def test_team_too_big_for_the_room() -> None:
    assert client.post("/quotes", json={"room": "library", "players": 5}).status_code == 422


def test_team_bigger_than_any_room() -> None:
    assert client.post("/quotes", json={"room": "submarine", "players": 9}).status_code == 422


def test_unknown_room() -> None:
    assert client.post("/quotes", json={"room": "attic", "players": 3}).status_code == 404


def test_team_total() -> None:
    assert pricing.team_total(5) == Decimal("125.00")
