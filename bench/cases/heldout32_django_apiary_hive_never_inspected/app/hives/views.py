from __future__ import annotations

from datetime import date

from django.http import HttpRequest, HttpResponseBadRequest, JsonResponse
from django.shortcuts import get_object_or_404
from django.utils import timezone

from hives.models import Hive

#: In the season a colony is inspected at least every nine days (swarm control).
INSPECTION_INTERVAL_DAYS = 9


def hive_detail(request: HttpRequest, pk: int) -> JsonResponse:
    hive = get_object_or_404(Hive, pk=pk)
    return JsonResponse(
        {
            "name": hive.name,
            "apiary": hive.apiary,
            "installed_on": hive.installed_on.isoformat(),
            "inspections": [
                {
                    "date": inspection.inspected_on.isoformat(),
                    "queen_seen": inspection.queen_seen,
                    "notes": inspection.notes,
                }
                for inspection in hive.inspections.all()
            ],
        }
    )


def due_inspections(request: HttpRequest) -> JsonResponse | HttpResponseBadRequest:
    """Hives due for an inspection on ``?on=YYYY-MM-DD`` (default: today), most overdue
    first: those last inspected INSPECTION_INTERVAL_DAYS or more days before. A hive that
    has never been inspected is due, and comes before every other one, with
    ``last_inspected`` and ``days_since`` null."""
    raw = request.GET.get("on")
    try:
        on = date.fromisoformat(raw) if raw else timezone.localdate()
    except ValueError:
        return HttpResponseBadRequest("on must be a date, YYYY-MM-DD")

    due = []
    hives = Hive.objects.filter(installed_on__lte=on)
    if apiary := request.GET.get("apiary"):
        hives = hives.filter(apiary=apiary)
    for hive in hives.order_by("name"):
        last = hive.inspections.filter(inspected_on__lte=on).first()
        days_since = (on - last.inspected_on).days
        if days_since >= INSPECTION_INTERVAL_DAYS:
            due.append(
                {
                    "hive": hive.name,
                    "apiary": hive.apiary,
                    "last_inspected": last.inspected_on.isoformat(),
                    "days_since": days_since,
                }
            )
    due.sort(key=lambda row: -row["days_since"])
    return JsonResponse({"on": on.isoformat(), "due": due})
