from __future__ import annotations

from django.http import HttpRequest, JsonResponse
from django.views.decorators.http import require_http_methods

from catalog.forms import ProductForm
from catalog.models import Product


def _card(product: Product) -> dict[str, object]:
    """A product as the shop's clients read it. ``photo_url`` is never null: a product
    without a photo gets PLACEHOLDER_PHOTO."""
    return {
        "id": product.pk,
        "name": product.name,
        "price": str(product.price),
        "photo_url": product.photo.url,
    }


@require_http_methods(["GET", "POST"])
def products(request: HttpRequest) -> JsonResponse:
    if request.method == "GET":
        return JsonResponse({"products": [_card(p) for p in Product.objects.order_by("name")]})
    form = ProductForm(request.POST, request.FILES)
    if not form.is_valid():
        return JsonResponse({"errors": form.errors}, status=400)
    return JsonResponse(_card(form.save()), status=201)
