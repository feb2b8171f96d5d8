# mypy: disable-error-code="import-not-found,import-untyped"
from django.test import Client
from fixed import Article


def test_a_missing_article_is_a_404() -> None:
    assert Client().get("/articles/404/").status_code == 404


def test_an_existing_article_is_shown() -> None:
    article = Article.objects.create(title="Hello")
    response = Client().get(f"/articles/{article.pk}/")
    assert response.status_code == 200
    assert response.json() == {"title": "Hello"}
