from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal

from django.http import HttpRequest, JsonResponse
from django.shortcuts import get_object_or_404

from catalog.models import Product

CENT = Decimal("0.01")


def money(amount: Decimal) -> str:
    """Amounts are exact Decimals, rounded half-up to the cent only at the end (as the
    invoicing system does), and sent as strings so no client parses them as floats."""
    return str(amount.quantize(CENT, rounding=ROUND_HALF_UP))


def product_detail(request: HttpRequest, sku: str) -> JsonResponse:
    product = get_object_or_404(Product, sku=sku)
    return JsonResponse({"sku": product.sku, "name": product.name, "price": money(product.price)})


def quote(request: HttpRequest, sku: str) -> JsonResponse:
    """The price of ``quantity`` units, less the optional ``discount``, a percentage
    the sales team types in (``?discount=15`` or ``?discount=12.5``)."""
    product = get_object_or_404(Product, sku=sku)
    quantity = int(request.GET.get("quantity", "1"))
    total = product.price * quantity
    discount = request.GET.get("discount")
    if discount:
        total = total * (1 - float(discount) / 100)
    return JsonResponse({"sku": product.sku, "quantity": quantity, "total": money(total)})
