"""The customer's own pages, under /account/.

They are for signed-in customers only: an anonymous visitor is sent to the login page
(``settings.LOGIN_URL``), which brings them back afterwards.
"""

from __future__ import annotations

import csv

from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse, JsonResponse


@login_required
def account(request: HttpRequest) -> JsonResponse:
    customer = request.user.customer
    return JsonResponse({"username": request.user.get_username(), "loyalty_points": customer.loyalty_points})


@login_required
def order_list(request: HttpRequest) -> JsonResponse:
    orders = request.user.customer.orders.all()
    return JsonResponse({"orders": [{"reference": o.reference, "total": str(o.total)} for o in orders]})


def order_export(request: HttpRequest) -> HttpResponse:
    """The customer's orders as CSV, newest first, for their own bookkeeping."""
    orders = request.user.customer.orders.all()
    response = HttpResponse(content_type="text/csv")
    response["Content-Disposition"] = 'attachment; filename="orders.csv"'
    writer = csv.writer(response)
    writer.writerow(["reference", "placed_at", "total"])
    for order in orders:
        writer.writerow([order.reference, order.placed_at.date().isoformat(), order.total])
    return response
