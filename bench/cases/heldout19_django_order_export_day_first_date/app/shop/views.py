"""The back office's order list, and the CSV export of the same filtered list."""

from __future__ import annotations

import csv
from typing import Any

from django import forms
from django.db.models import QuerySet
from django.http import HttpRequest, HttpResponse, JsonResponse

from shop.models import Order

EXPORT_COLUMNS = ["reference", "customer", "status", "placed_on", "total"]


class OrderFilterForm(forms.Form):
    """The filters above the order list; every one is optional."""

    status = forms.ChoiceField(choices=[("", "Any")] + Order.STATUS_CHOICES, required=False)
    customer = forms.CharField(required=False)
    placed_from = forms.DateField(required=False)
    placed_to = forms.DateField(required=False)


def filtered_orders(filters: dict[str, Any]) -> QuerySet[Order]:
    """The orders for a valid OrderFilterForm's cleaned_data, newest first."""
    orders = Order.objects.order_by("-placed_on", "-id")
    if filters["status"]:
        orders = orders.filter(status=filters["status"])
    if filters["customer"]:
        orders = orders.filter(customer__icontains=filters["customer"])
    if filters["placed_from"]:
        orders = orders.filter(placed_on__gte=filters["placed_from"])
    if filters["placed_to"]:
        orders = orders.filter(placed_on__lte=filters["placed_to"])
    return orders


def order_list(request: HttpRequest) -> HttpResponse:
    form = OrderFilterForm(request.GET)
    if not form.is_valid():
        return JsonResponse({"errors": form.errors}, status=400)
    orders = filtered_orders(form.cleaned_data)
    return JsonResponse(
        {
            "count": orders.count(),
            "orders": [
                {
                    "reference": o.reference,
                    "customer": o.customer,
                    "status": o.status,
                    "placed_on": o.placed_on.isoformat(),
                    "total": str(o.total),
                }
                for o in orders[:50]
            ],
            "export": f"/orders/export.csv?{request.GET.urlencode()}",
        }
    )


def order_export(request: HttpRequest) -> HttpResponse:
    """CSV of exactly the orders the list answers for the same query string: the list's
    "export" link is its own query string on this URL, and the accounts team also keeps
    such links in their spreadsheets."""
    form = OrderFilterForm(request.GET)
    form.is_valid()
    orders = filtered_orders(form.cleaned_data)
    response = HttpResponse(content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = 'attachment; filename="orders.csv"'
    writer = csv.writer(response)
    writer.writerow(EXPORT_COLUMNS)
    for order in orders:
        writer.writerow([getattr(order, column) for column in EXPORT_COLUMNS])
    return response
