import json

from django.test import Client

from newsletter.models import Subscriber


def _import(entries: list[str]):
    return Client().post("/subscribers/import/", json.dumps(entries), content_type="application/json")


def test_address_listed_twice_is_skipped() -> None:
    Subscriber.objects.all().delete()
    sheet = ["maria.lopez@example.com", "T.Okafor@example.org", "", "jan.novak@example.cz", "t.okafor@example.org "]
    response = _import(sheet)
    assert response.status_code == 200
    assert response.json() == {"imported": 3, "skipped": 2}
    assert sorted(Subscriber.objects.values_list("email", flat=True)) == [
        "jan.novak@example.cz",
        "maria.lopez@example.com",
        "t.okafor@example.org",
    ]


def test_same_sheet_twice() -> None:
    Subscriber.objects.all().delete()
    sheet = ["a@example.com", "A@example.com", "b@example.com"]
    assert _import(sheet).json() == {"imported": 2, "skipped": 1}
    assert _import(sheet).json() == {"imported": 0, "skipped": 3}
    assert Subscriber.objects.count() == 2
    assert set(Subscriber.objects.values_list("source", flat=True)) == {"import"}
