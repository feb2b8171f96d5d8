from datetime import date

import pytest
from django.test import Client

from articles.models import Article, Tag


@pytest.fixture(autouse=True)
def content() -> None:
    Article.objects.all().delete()
    Tag.objects.all().delete()
    python = Tag.objects.create(name="Python", slug="python")
    web = Tag.objects.create(name="Web", slug="web")
    Article.objects.create(title="Typing in practice", published=date(2024, 3, 1)).tags.add(python)
    Article.objects.create(title="HTTP caching", published=date(2024, 4, 2)).tags.add(python, web)


def test_article_list() -> None:
    body = Client().get("/api/articles/").json()
    assert body["count"] == 2
    assert [a["title"] for a in body["results"]] == ["HTTP caching", "Typing in practice"]
    assert body["results"][0]["tags"] == ["python", "web"]


def test_tag_detail() -> None:
    body = Client().get("/api/tags/web/").json()
    assert body["name"] == "Web"
    assert body["articles"] == 1
    assert [a["title"] for a in body["results"]] == ["HTTP caching"]


def test_unknown_tag() -> None:
    assert Client().get("/api/tags/rust/").status_code == 404
