from datetime import date

from django.test import Client
from hives.models import Hive, Inspection


def _hive(name: str, apiary: str = "Orchard", *inspected: date) -> Hive:
    hive = Hive.objects.create(name=name, apiary=apiary, installed_on=date(2023, 4, 20))
    for day in inspected:
        Inspection.objects.create(hive=hive, inspected_on=day, queen_seen=True)
    return hive


def test_hive_detail_lists_inspections_newest_first() -> None:
    hive = _hive("Bramble", "Orchard", date(2024, 5, 2), date(2024, 5, 11))
    body = Client().get(f"/hives/{hive.pk}/").json()
    assert body["name"] == "Bramble"
    assert [i["date"] for i in body["inspections"]] == ["2024-05-11", "2024-05-02"]


def test_unknown_hive_is_404() -> None:
    assert Client().get("/hives/999/").status_code == 404


def test_due_most_overdue_first() -> None:
    _hive("Bramble", "Orchard", date(2024, 5, 30))
    _hive("Clover", "Orchard", date(2024, 5, 20), date(2024, 6, 7))
    _hive("Heather", "Moor", date(2024, 5, 25))
    body = Client().get("/inspections/due/?on=2024-06-10").json()
    assert body["on"] == "2024-06-10"
    assert body["due"] == [
        {"hive": "Heather", "apiary": "Moor", "last_inspected": "2024-05-25", "days_since": 16},
        {"hive": "Bramble", "apiary": "Orchard", "last_inspected": "2024-05-30", "days_since": 11},
    ]


def test_due_for_one_apiary_and_inspections_after_the_date_ignored() -> None:
    _hive("Bramble", "Orchard", date(2024, 5, 30), date(2024, 6, 12))
    _hive("Heather", "Moor", date(2024, 5, 25))
    body = Client().get("/inspections/due/?on=2024-06-10&apiary=Orchard").json()
    assert [row["hive"] for row in body["due"]] == ["Bramble"]


def test_bad_date() -> None:
    assert Client().get("/inspections/due/?on=10/06/2024").status_code == 400
