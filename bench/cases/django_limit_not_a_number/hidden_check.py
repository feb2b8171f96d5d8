import pytest
from django.test import Client

from library.models import Book


@pytest.fixture(scope="module", autouse=True)
def books() -> None:
    for title, year in [("Dune", 1965), ("Emma", 1815), ("Ubik", 1969)]:
        Book.objects.get_or_create(title=title, year=year)


def test_malformed_limit_is_400_like_page() -> None:
    assert Client().get("/books/newest/?limit=all").status_code == 400


def test_limits_unchanged() -> None:
    assert Client().get("/books/newest/?limit=2").json() == {"titles": ["Ubik", "Dune"]}
    assert len(Client().get("/books/newest/?limit=500").json()["titles"]) == 3
