from __future__ import annotations

from django.http import Http404, HttpRequest, JsonResponse

from catalog.products import PRODUCTS
from catalog.recent import COOKIE_NAME, read_recent, with_viewed, write_recent

ONE_YEAR = 365 * 24 * 3600


def product_detail(request: HttpRequest, product_id: int) -> JsonResponse:
    if product_id not in PRODUCTS:
        raise Http404("no such product")
    recent = with_viewed(read_recent(request.COOKIES.get(COOKIE_NAME)), product_id)
    response = JsonResponse({"id": product_id, "name": PRODUCTS[product_id]})
    response.set_cookie(COOKIE_NAME, write_recent(recent), max_age=ONE_YEAR)
    return response


def recently_viewed(request: HttpRequest) -> JsonResponse:
    """The sidebar: names of the recently viewed products still on sale, newest first."""
    recent = read_recent(request.COOKIES.get(COOKIE_NAME))
    return JsonResponse({"products": [PRODUCTS[p] for p in recent if p in PRODUCTS]})
