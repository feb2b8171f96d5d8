import pytest
from django.test import Client

from blog.models import Article


@pytest.fixture(scope="module", autouse=True)
def articles() -> None:
    Article.objects.get_or_create(slug="hello", defaults={"title": "Hello", "body": "one two three", "published": True})
    Article.objects.get_or_create(slug="draft", defaults={"title": "Draft", "body": "wip", "published": False})


def test_detail() -> None:
    assert Client().get("/articles/hello/").json()["title"] == "Hello"


def test_draft_is_not_found() -> None:
    assert Client().get("/articles/draft/").status_code == 404


def test_stats() -> None:
    assert Client().get("/articles/hello/stats/").json() == {"slug": "hello", "words": 3, "minutes": 1}
