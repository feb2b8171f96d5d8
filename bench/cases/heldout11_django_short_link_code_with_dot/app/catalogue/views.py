from __future__ import annotations

from django.http import Http404, HttpRequest, HttpResponse, HttpResponseRedirect
from django.urls import reverse

#: Product codes are upper-case letters, digits, '-' and '.': sizes in litres are part
#: of the code ('MUG-0.5L'). The code is the product's address: /products/<code>/.
PRODUCTS = {
    "MUG-RED": "Red mug",
    "MUG-0.5L": "Half-litre mug",
    "TEAPOT-1.2L": "Teapot, 1.2 litres",
}


def product_detail(request: HttpRequest, code: str) -> HttpResponse:
    try:
        name = PRODUCTS[code]
    except KeyError:
        raise Http404("no such product") from None
    return HttpResponse(name)


def short_link(request: HttpRequest, code: str) -> HttpResponseRedirect:
    """Printed on packaging as QR codes: /go/<code>/ sends the customer to the product."""
    if code not in PRODUCTS:
        raise Http404("no such product")
    return HttpResponseRedirect(reverse("product-detail", kwargs={"code": code}))
