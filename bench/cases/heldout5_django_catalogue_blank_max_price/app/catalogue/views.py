from __future__ import annotations

from django.http import HttpRequest, JsonResponse

from catalogue.forms import PriceFilter
from catalogue.models import Product


def _listing(products) -> list[dict[str, str]]:
    return [{"name": p.name, "price": str(p.price)} for p in products.order_by("price", "name")]


def all_products(request: HttpRequest) -> JsonResponse:
    return JsonResponse({"products": _listing(Product.objects.all())})


def products_in_range(request: HttpRequest) -> JsonResponse:
    """Products priced from ?min_price= to ?max_price= (both inclusive), cheapest first.

    A blank bound means no limit on that side: '?min_price=10&max_price=' is everything
    from 10 up. A range typed upside down (min above max) is swapped, not rejected.
    Anything that is not a price is a 400 with the form's errors.
    """
    form = PriceFilter(request.GET)
    if not form.is_valid():
        return JsonResponse({"errors": form.errors}, status=400)
    low = form.cleaned_data["min_price"]
    high = form.cleaned_data["max_price"]
    if low > high:
        low, high = high, low
    return JsonResponse({"products": _listing(Product.objects.filter(price__gte=low, price__lte=high))})
