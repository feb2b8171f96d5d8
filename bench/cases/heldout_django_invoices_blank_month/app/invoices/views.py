from datetime import date, datetime

from django.http import HttpRequest, JsonResponse
from django.utils import timezone

from invoices.models import Invoice


def _this_month() -> date:
    return timezone.localdate().replace(day=1)


def invoice_list(request: HttpRequest) -> JsonResponse:
    """Invoices issued in ``?month=YYYY-MM``. An absent or empty month means the current
    month: the filter form's first option, "this month", has an empty value."""
    month = request.GET.get("month")
    if month is None:
        start = _this_month()
    else:
        start = datetime.strptime(month, "%Y-%m").date()
    invoices = Invoice.objects.filter(issued_on__year=start.year, issued_on__month=start.month)
    return JsonResponse({
        "month": start.strftime("%Y-%m"),
        "invoices": [
            {"number": i.number, "customer": i.customer, "total_cents": i.total_cents}
            for i in invoices
        ],
    })
