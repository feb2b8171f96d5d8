import pytest
from django.test import Client

from library.models import Book


@pytest.fixture(scope="module", autouse=True)
def books() -> None:
    for title, year in [("Dune", 1965), ("Emma", 1815), ("Ubik", 1969), ("Solaris", 1961), ("Stoner", 1965)]:
        Book.objects.get_or_create(title=title, year=year)


def test_archive_without_page_is_the_first_page() -> None:
    assert Client().get("/books/archive/1965/").json() == {
        "year": 1965, "page": 1, "pages": 1, "titles": ["Dune", "Stoner"]
    }


def test_list_unchanged() -> None:
    assert Client().get("/books/?page=3").json()["titles"] == ["Ubik"]
