from django.http import HttpRequest, JsonResponse
from django.shortcuts import get_object_or_404

from blog.models import Article


def article_detail(request: HttpRequest, slug: str) -> JsonResponse:
    article = get_object_or_404(Article, slug=slug, published=True)
    return JsonResponse({"slug": article.slug, "title": article.title, "body": article.body})


def article_stats(request: HttpRequest, slug: str) -> JsonResponse:
    article = Article.objects.get(slug=slug, published=True)
    words = article.body.split()
    return JsonResponse({"slug": article.slug, "words": len(words), "minutes": max(1, len(words) // 200)})
