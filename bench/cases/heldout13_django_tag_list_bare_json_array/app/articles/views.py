"""The public JSON API read by the site's front end.

Every endpoint answers a JSON object. A collection comes as ``{"count": n, "results":
[...]}`` so the front end's list component can read any of them the same way.
"""

from __future__ import annotations

from django.http import HttpRequest, JsonResponse
from django.shortcuts import get_object_or_404

from articles.models import Article, Tag


def _article(article: Article) -> dict[str, object]:
    return {
        "id": article.pk,
        "title": article.title,
        "published": article.published.isoformat(),
        "tags": [t.slug for t in article.tags.order_by("slug")],
    }


def _tag(tag: Tag) -> dict[str, object]:
    return {"slug": tag.slug, "name": tag.name, "articles": tag.articles.count()}


def article_list(request: HttpRequest) -> JsonResponse:
    articles = [_article(a) for a in Article.objects.order_by("-published", "pk")]
    return JsonResponse({"count": len(articles), "results": articles})


def article_detail(request: HttpRequest, pk: int) -> JsonResponse:
    return JsonResponse(_article(get_object_or_404(Article, pk=pk)))


def tag_list(request: HttpRequest) -> JsonResponse:
    """Every tag, by name, for the tag picker in the editor's sidebar."""
    tags = [_tag(t) for t in Tag.objects.order_by("name")]
    return JsonResponse(tags)


def tag_detail(request: HttpRequest, slug: str) -> JsonResponse:
    tag = get_object_or_404(Tag, slug=slug)
    articles = [_article(a) for a in tag.articles.order_by("-published", "pk")]
    return JsonResponse({**_tag(tag), "results": articles})
