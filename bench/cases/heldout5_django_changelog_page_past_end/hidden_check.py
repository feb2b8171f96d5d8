from datetime import date

import pytest
from django.test import Client

from changelog.models import Entry


@pytest.fixture(autouse=True)
def entries() -> None:
    Entry.objects.all().delete()
    for n in range(1, 6):
        Entry.objects.create(version=f"1.{n}", summary=f"Release 1.{n}", released_on=date(2026, n, 1))


def test_page_past_the_end_shows_the_last_page() -> None:
    response = Client().get("/changelog/?page=4")
    assert response.status_code == 200
    assert response.json() == {
        "page": 3,
        "pages": 3,
        "entries": [{"version": "1.1", "summary": "Release 1.1", "released_on": "2026-01-01"}],
    }
    assert Client().get("/changelog/?page=70").json()["page"] == 3


def test_empty_changelog_is_one_empty_page() -> None:
    Entry.objects.all().delete()
    response = Client().get("/changelog/?page=4")
    assert response.status_code == 200
    assert response.json() == {"page": 1, "pages": 1, "entries": []}


def test_pages_in_range_unchanged() -> None:
    assert [e["version"] for e in Client().get("/changelog/?page=2").json()["entries"]] == ["1.3", "1.2"]
