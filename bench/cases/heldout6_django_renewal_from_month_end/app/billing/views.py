from __future__ import annotations

import json
from datetime import date

from django.http import HttpRequest, JsonResponse
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_GET, require_POST

from billing.models import Subscription
from billing.periods import PLAN_MONTHS, renewal_date


def _plan_and_start(data) -> tuple[str, date] | JsonResponse:
    plan = data.get("plan", "monthly")
    if plan not in PLAN_MONTHS:
        return JsonResponse({"error": f"unknown plan {plan!r}"}, status=400)
    try:
        start = date.fromisoformat(data.get("start") or date.today().isoformat())
    except ValueError:
        return JsonResponse({"error": "start must be a date, YYYY-MM-DD"}, status=400)
    return plan, start


@require_GET
def renewal_preview(request: HttpRequest) -> JsonResponse:
    """The checkout page shows when the plan the visitor picked would renew."""
    parsed = _plan_and_start(request.GET)
    if isinstance(parsed, JsonResponse):
        return parsed
    plan, start = parsed
    return JsonResponse({"plan": plan, "start": start.isoformat(), "renews_on": renewal_date(plan, start).isoformat()})


@csrf_exempt
@require_POST
def subscribe(request: HttpRequest) -> JsonResponse:
    body = json.loads(request.body)
    parsed = _plan_and_start(body)
    if isinstance(parsed, JsonResponse):
        return parsed
    plan, start = parsed
    sub = Subscription.objects.create(email=body["email"], plan=plan, started_on=start, renews_on=renewal_date(plan, start))
    return JsonResponse({"id": sub.pk, "renews_on": sub.renews_on.isoformat()}, status=201)
