from __future__ import annotations

from datetime import date

from django.http import HttpRequest, JsonResponse
from django.shortcuts import get_object_or_404
from django.utils import timezone

from prescriptions.models import Prescription


def _row(rx: Prescription, today: date) -> dict[str, object]:
    due = rx.refill_due()
    return {
        "id": rx.pk,
        "patient": rx.patient,
        "medicine": rx.medicine,
        "due": due.isoformat(),
        "overdue": due < today,
    }


def refill(request: HttpRequest, pk: int) -> JsonResponse:
    """When one prescription's next supply is due (the patient app's reminder screen)."""
    rx = get_object_or_404(Prescription, pk=pk)
    return JsonResponse(_row(rx, timezone.localdate()))


def due_list(request: HttpRequest) -> JsonResponse:
    """The dispensary's list of prescriptions due on or before ``?on=YYYY-MM-DD`` (today)."""
    on = request.GET.get("on")
    cutoff = date.fromisoformat(on) if on else timezone.localdate()
    today = timezone.localdate()
    rows = [_row(rx, today) for rx in Prescription.objects.all()]
    return JsonResponse({"on": cutoff.isoformat(), "due": [r for r in rows if r["due"] <= cutoff.isoformat()]})
