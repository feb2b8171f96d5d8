from decimal import Decimal

from fastapi.testclient import TestClient

from escape import pricing
from escape.api import app

client = TestClient(app)


def test_team_of_seven_pays_the_five_player_rate() -> None:
    response = client.post("/quotes", json={"room": "submarine", "players": 7})
    assert response.status_code == 200
    assert response.json() == {
        "room": "Sub 17",
        "players": 7,
        "per_player": "25.00",
        "total": "175.00",
    }


def test_full_submarine_at_the_weekend() -> None:
    response = client.post("/quotes", json={"room": "submarine", "players": 8, "weekend": True})
    assert response.status_code == 200
    assert response.json()["per_player"] == "28.00"
    assert response.json()["total"] == "224.00"


def test_big_teams_never_pay_less_than_five() -> None:
    assert pricing.per_player_price(6) == Decimal("25.00")
    assert pricing.team_total(6) == Decimal("150.00")
    assert pricing.per_player_price(3) == Decimal("29.00")
