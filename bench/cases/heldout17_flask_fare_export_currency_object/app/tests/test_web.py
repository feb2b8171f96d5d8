from fares.pricing import fare_for
from fares.web import app


def test_fare_in_euros() -> None:
    response = app.test_client().get("/api/fares/AMS-BRU")
    assert response.get_json() == {"route": "AMS-BRU", "amount": "24.50", "currency": "EUR"}


def test_fare_in_francs() -> None:
    response = app.test_client().get("/api/fares/ZRH-MIL")
    assert response.get_json() == {"route": "ZRH-MIL", "amount": "42.90", "currency": "CHF"}


def test_unknown_route() -> None:
    assert app.test_client().get("/api/fares/AMS-OSL").status_code == 404
    assert fare_for("AMS-OSL") is None
