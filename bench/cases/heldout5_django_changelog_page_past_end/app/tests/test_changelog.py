from datetime import date

import pytest
from django.test import Client

from changelog.models import Entry


@pytest.fixture(autouse=True)
def entries() -> None:
    Entry.objects.all().delete()
    for n in range(1, 6):
        Entry.objects.create(version=f"1.{n}", summary=f"Release 1.{n}", released_on=date(2026, n, 1))


def versions(response) -> list[str]:
    return [e["version"] for e in response.json()["entries"]]


def test_first_page() -> None:
    response = Client().get("/changelog/")
    assert response.json()["page"] == 1
    assert response.json()["pages"] == 3
    assert versions(response) == ["1.5", "1.4"]


def test_last_page() -> None:
    response = Client().get("/changelog/", {"page": "3"})
    assert versions(response) == ["1.1"]


def test_latest() -> None:
    assert Client().get("/changelog/latest/").json()["latest"]["version"] == "1.5"
