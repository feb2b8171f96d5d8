from django.http import JsonResponse
from django.shortcuts import get_object_or_404

from accounts.models import Address, Customer


def _as_json(address: Address) -> dict[str, str]:
    return {"line1": address.line1, "city": address.city, "postcode": address.postcode}


def shipping_form(request, customer_id: int) -> JsonResponse:
    """The checkout's shipping step, prefilled with the customer's default address
    (``address`` is null when they have none: the form starts empty)."""
    customer = get_object_or_404(Customer, pk=customer_id)
    try:
        default = Address.objects.get(customer=customer, is_default=True)
    except Address.DoesNotExist:
        return JsonResponse({"customer": customer.name, "address": None})
    return JsonResponse({"customer": customer.name, "address": _as_json(default)})
