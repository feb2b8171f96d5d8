from decimal import Decimal

from django.http import HttpRequest, JsonResponse

from billing.models import Appointment


def insurer_invoice(request: HttpRequest, insurer: str, year: int, month: int) -> JsonResponse:
    """The month's invoice to one insurer: a line for every attended appointment of its
    patients, with the amount billed for it, and the total."""
    visits = (
        Appointment.objects.filter(
            patient__insurer=insurer,
            status=Appointment.Status.ATTENDED,
            start__year=year,
            start__month=month,
        )
        .select_related("patient", "practitioner")
        .order_by("start")
    )
    lines = [
        {
            "appointment": visit.id,
            "date": visit.start.date().isoformat(),
            "patient": visit.patient.name,
            "policy": visit.patient.policy_number,
            "practitioner": visit.practitioner.name,
            "amount": visit.fee,
        }
        for visit in visits
    ]
    total = sum((line["amount"] for line in lines), Decimal("0.00"))
    return JsonResponse({"insurer": insurer, "month": f"{year:04d}-{month:02d}", "lines": lines, "total": total})
