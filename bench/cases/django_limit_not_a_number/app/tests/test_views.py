import pytest
from django.test import Client

from library.models import Book


@pytest.fixture(scope="module", autouse=True)
def books() -> None:
    for title, year in [("Dune", 1965), ("Emma", 1815), ("Ubik", 1969), ("Solaris", 1961), ("Stoner", 1965)]:
        Book.objects.get_or_create(title=title, year=year)


def test_list() -> None:
    assert Client().get("/books/?page=3").json()["titles"] == ["Ubik"]


def test_bad_page_is_400() -> None:
    assert Client().get("/books/?page=last").status_code == 400


def test_newest() -> None:
    assert Client().get("/books/newest/").json() == {"titles": ["Ubik", "Dune", "Stoner"]}
    assert Client().get("/books/newest/?limit=1").json() == {"titles": ["Ubik"]}
