import pytest
from django.test import Client

from blog.models import Article


@pytest.fixture(scope="module", autouse=True)
def articles() -> None:
    Article.objects.get_or_create(slug="hello", defaults={"title": "Hello", "body": "one two three", "published": True})
    Article.objects.get_or_create(slug="draft", defaults={"title": "Draft", "body": "wip", "published": False})


def test_stats_of_missing_article_is_404() -> None:
    assert Client().get("/articles/goodbye/stats/").status_code == 404


def test_stats_of_draft_is_404_like_its_detail() -> None:
    assert Client().get("/articles/draft/stats/").status_code == 404


def test_stats_unchanged() -> None:
    assert Client().get("/articles/hello/stats/").json()["words"] == 3
