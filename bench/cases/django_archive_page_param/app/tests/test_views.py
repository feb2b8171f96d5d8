import pytest
from django.test import Client

from library.models import Book


@pytest.fixture(scope="module", autouse=True)
def books() -> None:
    for title, year in [("Dune", 1965), ("Emma", 1815), ("Ubik", 1969), ("Solaris", 1961), ("Stoner", 1965)]:
        Book.objects.get_or_create(title=title, year=year)


def test_first_page_by_default() -> None:
    assert Client().get("/books/").json() == {"page": 1, "pages": 3, "titles": ["Dune", "Emma"]}


def test_second_page() -> None:
    assert Client().get("/books/?page=2").json()["titles"] == ["Solaris", "Stoner"]


def test_archive_page() -> None:
    assert Client().get("/books/archive/1965/?page=1").json() == {
        "year": 1965, "page": 1, "pages": 1, "titles": ["Dune", "Stoner"]
    }
