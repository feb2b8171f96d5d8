from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404

from receipts.models import Receipt


def receipt(request: HttpRequest, token: str) -> HttpResponse:
    """The receipt behind the link in the order confirmation e-mail.

    Some mail clients wrap long links and cut them; a cut or otherwise mangled token is
    answered like an unknown one, with the ordinary 404 page.
    """
    found = get_object_or_404(Receipt, token=token)
    return HttpResponse(f"Receipt for order {found.order_number}: total {found.total} EUR")


def receipt_download(request: HttpRequest, token) -> HttpResponse:
    found = get_object_or_404(Receipt, token=token)
    response = HttpResponse(
        f"order,total\n{found.order_number},{found.total}\n", content_type="text/csv"
    )
    response["Content-Disposition"] = f'attachment; filename="receipt-{found.order_number}.csv"'
    return response
