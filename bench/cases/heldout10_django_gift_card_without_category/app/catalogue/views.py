from __future__ import annotations

from django.http import Http404, HttpRequest, JsonResponse
from django.urls import reverse

from catalogue.data import CATEGORIES, PRODUCTS


def breadcrumbs(slug: str) -> list[dict[str, str]]:
    """Home > Category > Product. Products outside any category (category_slug '')
    have no category crumb: just Home > Product."""
    product = PRODUCTS[slug]
    category = product["category_slug"]
    category_url = reverse("category", kwargs={"slug": category})
    return [
        {"label": "Home", "url": reverse("home")},
        {"label": CATEGORIES.get(category, ""), "url": category_url},
        {"label": product["name"], "url": reverse("product", kwargs={"slug": slug})},
    ]


def home(request: HttpRequest) -> JsonResponse:
    return JsonResponse({"categories": sorted(CATEGORIES)})


def category(request: HttpRequest, slug: str) -> JsonResponse:
    if slug not in CATEGORIES:
        raise Http404("no such category")
    names = [p["name"] for p in PRODUCTS.values() if p["category_slug"] == slug]
    return JsonResponse({"name": CATEGORIES[slug], "products": names})


def product(request: HttpRequest, slug: str) -> JsonResponse:
    if slug not in PRODUCTS:
        raise Http404("no such product")
    data = PRODUCTS[slug]
    return JsonResponse(
        {"name": data["name"], "price": data["price"], "breadcrumbs": breadcrumbs(slug)}
    )
