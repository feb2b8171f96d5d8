from __future__ import annotations

import json
from decimal import ROUND_HALF_UP

from django.http import Http404, HttpRequest, JsonResponse
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_GET, require_POST

from deli import catalogue
from deli.catalogue import PENNY


@require_GET
def scale_price(request: HttpRequest, code: str) -> JsonResponse:
    """The counter scale shows the price of what is on it: ``?grams=N``."""
    item = catalogue.ITEMS.get(code)
    if item is None:
        raise Http404("unknown item")
    grams = int(request.GET.get("grams", "0"))
    price = (item.price_per_kg * grams / 1000).quantize(PENNY, rounding=ROUND_HALF_UP)
    return JsonResponse({"item": item.name, "grams": grams, "price": str(price)})


@csrf_exempt
@require_POST
def basket_total(request: HttpRequest) -> JsonResponse:
    """The till: ``{"lines": [{"code": ..., "grams": ...}, ...]}`` -> the total to pay."""
    lines = json.loads(request.body)["lines"]
    total = PENNY * 0
    for line in lines:
        item = catalogue.ITEMS.get(line["code"])
        if item is None:
            return JsonResponse({"error": f"unknown item {line['code']}"}, status=400)
        total += catalogue.line_price(item, int(line.get("grams", 0)))
    return JsonResponse({"lines": len(lines), "total": str(total)})
