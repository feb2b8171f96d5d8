from datetime import datetime, timezone

from django.test import Client

from carpark import tariffs


def test_car_fee() -> None:
    response = Client().get("/tickets/T-1001/fee", {"at": "2024-06-01T10:45:00+00:00"})
    assert response.json() == {"ticket": "T-1001", "plate": "SN19 KXP", "hours": 3, "pence": 750, "fee": "£7.50"}


def test_motorcycle_short_stay_pays_one_hour() -> None:
    response = Client().get("/tickets/t-1002/fee", {"at": "2024-06-01T09:40:00+00:00"})
    assert response.json()["fee"] == "£1.00"


def test_daily_cap() -> None:
    entered = datetime(2024, 6, 1, 6, 0, tzinfo=timezone.utc)
    assert tariffs.fee_pence("coach", entered, datetime(2024, 6, 1, 23, 0, tzinfo=timezone.utc)) == 9000


def test_unknown_ticket() -> None:
    assert Client().get("/tickets/T-9999/fee").status_code == 404


def test_tariff_board() -> None:
    assert Client().get("/tariffs").json()["per_hour"]["car"] == "£2.50"
