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
    Tag.objects.create(name="Databases", slug="databases")
    Article.objects.create(title="Typing in practice", published=date(2024, 3, 1)).tags.add(python)
    Article.objects.create(title="HTTP caching", published=date(2024, 4, 2)).tags.add(python, web)


def test_tag_list_is_a_collection_object() -> None:
    response = Client().get("/api/tags/")
    assert response.status_code == 200
    assert response.json() == {
        "count": 3,
        "results": [
            {"slug": "databases", "name": "Databases", "articles": 0},
            {"slug": "python", "name": "Python", "articles": 2},
            {"slug": "web", "name": "Web", "articles": 1},
        ],
    }


def test_empty_tag_list() -> None:
    Tag.objects.all().delete()
    assert Client().get("/api/tags/").json() == {"count": 0, "results": []}
