from decimal import Decimal

from django.http import JsonResponse
from django.shortcuts import get_object_or_404

from loans import fines
from loans.models import Loan


def _describe(loan: Loan) -> dict[str, object]:
    return {
        "loan": loan.pk,
        "title": loan.title,
        "due_on": loan.due_on.isoformat(),
        "on_loan": loan.returned_at is None,
        "days_overdue": fines.days_overdue(loan),
        "fine": str(fines.fine(loan)),
    }


def loan_fine(request, pk: int) -> JsonResponse:
    return JsonResponse(_describe(get_object_or_404(Loan, pk=pk)))


def member_fines(request, card: str) -> JsonResponse:
    loans = [_describe(loan) for loan in Loan.objects.filter(card=card)]
    total = sum((fines.fine(loan) for loan in Loan.objects.filter(card=card)), Decimal("0.00"))
    return JsonResponse({"card": card, "loans": loans, "total": str(total)})
