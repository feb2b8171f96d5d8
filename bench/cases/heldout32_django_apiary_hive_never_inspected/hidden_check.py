from datetime import date

from django.test import Client
from hives.models import Hive, Inspection


def _hive(name: str, apiary: str, installed: date, *inspected: date) -> Hive:
    hive = Hive.objects.create(name=name, apiary=apiary, installed_on=installed)
    for day in inspected:
        Inspection.objects.create(hive=hive, inspected_on=day)
    return hive


def test_never_inspected_hive_is_due_and_listed_first() -> None:
    _hive("Bramble", "Orchard", date(2023, 4, 20), date(2024, 5, 30))
    _hive("Heather", "Moor", date(2022, 6, 1), date(2024, 6, 6))
    _hive("Hedge swarm", "Orchard", date(2024, 6, 9))
    _hive("Attic swarm", "Moor", date(2024, 6, 8))
    _hive("Next week", "Moor", date(2024, 6, 15))
    response = Client().get("/inspections/due/?on=2024-06-10")
    assert response.status_code == 200
    due = response.json()["due"]
    assert due[:2] == [
        {"hive": "Attic swarm", "apiary": "Moor", "last_inspected": None, "days_since": None},
        {"hive": "Hedge swarm", "apiary": "Orchard", "last_inspected": None, "days_since": None},
    ]
    assert due[2:] == [
        {"hive": "Bramble", "apiary": "Orchard", "last_inspected": "2024-05-30", "days_since": 11},
    ]


def test_inspected_only_after_the_date_counts_as_never_inspected() -> None:
    _hive("Clover", "Orchard", date(2024, 5, 1), date(2024, 6, 20))
    due = Client().get("/inspections/due/?on=2024-06-10&apiary=Orchard").json()["due"]
    assert due == [
        {"hive": "Clover", "apiary": "Orchard", "last_inspected": None, "days_since": None}
    ]
