from datetime import datetime, timezone

from django.test import Client

from carpark import tariffs


def test_van_pays_the_car_tariff() -> None:
    response = Client().get("/tickets/T-1042/fee", {"at": "2024-06-01T11:35:00+00:00"})
    assert response.status_code == 200
    assert response.json() == {"ticket": "T-1042", "plate": "SV68 VAN", "hours": 3, "pence": 750, "fee": "£7.50"}


def test_any_unlisted_class_pays_as_a_car_and_listed_ones_keep_theirs() -> None:
    entered = datetime(2024, 6, 1, 8, 0, tzinfo=timezone.utc)
    left = datetime(2024, 6, 1, 9, 20, tzinfo=timezone.utc)
    assert tariffs.fee_pence("minibus", entered, left) == 500
    assert tariffs.fee_pence("pickup", entered, left) == tariffs.fee_pence("car", entered, left)
    assert tariffs.fee_pence("motorcycle", entered, left) == 200
    assert tariffs.fee_pence("coach", entered, left) == 1800
