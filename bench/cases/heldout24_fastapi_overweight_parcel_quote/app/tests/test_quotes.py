from decimal import Decimal

from fastapi.testclient import TestClient

from parcels import rates
from parcels.api import app

client = TestClient(app)


def test_carriers() -> None:
    assert client.get("/carriers").json() == ["dhl", "gls"]


def test_quote_two_parcels() -> None:
    response = client.post(
        "/quotes", json={"carrier": "dhl", "parcels": [{"weight_kg": "1.2"}, {"weight_kg": "6"}]}
    )
    assert response.status_code == 200
    assert response.json() == {"carrier": "dhl", "parcels": ["5.49", "11.49"], "total": "16.98"}


def test_band_edges() -> None:
    assert rates.band_price("gls", Decimal("3")) == Decimal("4.90")
    assert rates.band_price("gls", Decimal("3.01")) == Decimal("6.90")
    assert rates.overweight_surcharge("gls", Decimal("25")) == 0


def test_unknown_carrier() -> None:
    response = client.post("/quotes", json={"carrier": "pigeon", "parcels": [{"weight_kg": "1"}]})
    assert response.status_code == 404
