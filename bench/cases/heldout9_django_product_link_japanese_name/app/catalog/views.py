from django.http import JsonResponse
from django.shortcuts import get_object_or_404

from catalog.models import Product


def _as_json(product: Product) -> dict[str, object]:
    return {
        "name": product.name,
        "price_pence": product.price_pence,
        "url": product.get_absolute_url(),
    }


def product_list(request) -> JsonResponse:
    products = Product.objects.order_by("name")
    return JsonResponse({"products": [_as_json(p) for p in products]})


def product_detail(request, slug: str) -> JsonResponse:
    return JsonResponse(_as_json(get_object_or_404(Product, slug=slug)))


def product_by_id(request, pk: int) -> JsonResponse:
    return JsonResponse(_as_json(get_object_or_404(Product, pk=pk)))
