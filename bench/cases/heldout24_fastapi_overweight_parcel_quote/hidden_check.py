from decimal import Decimal

from fastapi.testclient import TestClient

from parcels import rates
from parcels.api import app

client = TestClient(app)


def test_overweight_parcel_pays_heaviest_band_plus_annex_b() -> None:
    response = client.post(
        "/quotes", json={"carrier": "dhl", "parcels": [{"weight_kg": "1.5"}, {"weight_kg": "23.4"}]}
    )
    assert response.status_code == 200
    # 17.99 for the 20 kg band, plus 4 kilograms started above it at 0.85.
    assert response.json() == {"carrier": "dhl", "parcels": ["5.49", "21.39"], "total": "26.88"}


def test_overweight_other_carrier_and_just_above_the_band() -> None:
    assert rates.parcel_price("gls", Decimal("25.2")) == Decimal("16.00")
    assert rates.parcel_price("gls", Decimal("27")) == Decimal("17.10")
    assert rates.parcel_price("dhl", Decimal("20")) == Decimal("17.99")
    assert rates.parcel_price("dhl", Decimal("9.5")) == Decimal("11.49")
