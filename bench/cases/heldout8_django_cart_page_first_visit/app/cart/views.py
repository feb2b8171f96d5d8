from decimal import Decimal

from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect
from django.views.decorators.http import require_POST

from cart.catalogue import PRODUCTS

#: Session key of the cart: {sku: quantity}.
CART_KEY = "cart"


@require_POST
def add_to_cart(request: HttpRequest, sku: str) -> HttpResponse:
    if sku not in PRODUCTS:
        raise Http404("no such product")
    cart = request.session.get(CART_KEY, {})
    cart[sku] = cart.get(sku, 0) + 1
    request.session[CART_KEY] = cart
    return redirect("cart")


def cart_page(request: HttpRequest) -> HttpResponse:
    """The cart, one line per product, then the total.

    Visitors who have added nothing yet see 'Your cart is empty.' Viewing the cart must
    not start a session: the CDN caches only responses that set no cookie, and most
    visits to /cart/ come from people who have not bought anything.
    """
    cart = request.session[CART_KEY]
    if not cart:
        return HttpResponse("Your cart is empty.", content_type="text/plain")
    lines = []
    total = Decimal("0.00")
    for sku, quantity in sorted(cart.items()):
        name, price = PRODUCTS[sku]
        lines.append(f"{quantity} x {name}: {price * quantity} EUR")
        total += price * quantity
    lines.append(f"Total: {total} EUR")
    return HttpResponse("\n".join(lines), content_type="text/plain")
