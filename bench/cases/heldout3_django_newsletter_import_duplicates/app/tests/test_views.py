import json

import pytest
from django.test import Client

from newsletter.emails import normalize
from newsletter.models import Subscriber


@pytest.fixture(autouse=True)
def empty() -> None:
    Subscriber.objects.all().delete()


def _import(entries: object) -> dict[str, object]:
    response = Client().post("/subscribers/import/", json.dumps(entries), content_type="application/json")
    assert response.status_code == 200
    return response.json()


def test_normalize() -> None:
    assert normalize(" Ann@Example.COM ") == "ann@example.com"
    assert normalize("n/a") == ""


def test_subscribe_twice() -> None:
    assert Client().post("/subscribe/", {"email": "Ann@example.com"}).json() == {"email": "ann@example.com", "new": True}
    assert Client().post("/subscribe/", {"email": "ann@example.com "}).json() == {"email": "ann@example.com", "new": False}


def test_subscribe_needs_an_address() -> None:
    assert Client().post("/subscribe/", {"email": " "}).status_code == 400


def test_import() -> None:
    assert _import(["ann@example.com", "", "Bob@Example.com"]) == {"imported": 2, "skipped": 1}
    assert sorted(Subscriber.objects.values_list("email", flat=True)) == ["ann@example.com", "bob@example.com"]


def test_import_again_skips_existing() -> None:
    Subscriber.objects.create(email="ann@example.com")
    assert _import(["ANN@example.com", "cy@example.com"]) == {"imported": 1, "skipped": 1}
    assert Client().get("/subscribers/count/").json() == {"subscribers": 2}


def test_import_needs_a_list() -> None:
    response = Client().post("/subscribers/import/", "{}", content_type="application/json")
    assert response.status_code == 400
