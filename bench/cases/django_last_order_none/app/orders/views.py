from django.http import Http404, HttpRequest, JsonResponse

from orders.models import Customer, Order


def customer(request: HttpRequest, customer_id: int) -> JsonResponse:
    found = Customer.objects.filter(pk=customer_id).first()
    if found is None:
        raise Http404("no such customer")
    return JsonResponse({"id": found.pk, "name": found.name, "orders": found.orders.count()})


def last_order(request: HttpRequest, customer_id: int) -> JsonResponse:
    order = Order.objects.filter(customer_id=customer_id).order_by("-placed_at", "-pk").first()
    return JsonResponse({"order": order.pk, "total_cents": order.total_cents})
