from __future__ import annotations

import json
from datetime import timedelta

from django.http import HttpRequest, JsonResponse
from django.shortcuts import get_object_or_404
from django.utils import timezone
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_GET, require_POST

from lending.models import Loan, Tool


def _tool_json(tool: Tool) -> dict[str, object]:
    due_back = tool.due_back
    return {
        "id": tool.pk,
        "name": tool.name,
        "category": tool.category,
        "available": tool.is_available,
        "due_back": due_back.isoformat() if due_back else None,
    }


@require_GET
def tool_list(request: HttpRequest) -> JsonResponse:
    tools = Tool.objects.order_by("category", "name")
    category = request.GET.get("category")
    if category:
        tools = tools.filter(category=category)
    return JsonResponse({"tools": [{"id": t.pk, "name": t.name, "category": t.category} for t in tools]})


@require_GET
def tool_detail(request: HttpRequest, tool_id: int) -> JsonResponse:
    return JsonResponse(_tool_json(get_object_or_404(Tool, pk=tool_id)))


@csrf_exempt
@require_POST
def borrow(request: HttpRequest, tool_id: int) -> JsonResponse:
    tool = get_object_or_404(Tool, pk=tool_id)
    try:
        member = str(json.loads(request.body)["member"]).strip()
    except (ValueError, KeyError, TypeError):
        member = ""
    if not member:
        return JsonResponse({"error": "member is required"}, status=400)
    if not tool.is_available:
        return JsonResponse({"error": "on loan", "due_back": tool.due_back.isoformat()}, status=409)
    today = timezone.localdate()
    Loan.objects.create(tool=tool, member=member, lent_on=today, due_on=today + timedelta(days=tool.loan_days))
    return JsonResponse(_tool_json(tool), status=201)


@csrf_exempt
@require_POST
def give_back(request: HttpRequest, tool_id: int) -> JsonResponse:
    tool = get_object_or_404(Tool, pk=tool_id)
    loan = tool.latest_loan()
    if loan is None or loan.returned_on is not None:
        return JsonResponse({"error": "not on loan"}, status=409)
    loan.returned_on = timezone.localdate()
    loan.save(update_fields=["returned_on"])
    return JsonResponse(_tool_json(tool))
