from __future__ import annotations

import json

from django.db.models import F
from django.http import HttpRequest, JsonResponse
from django.shortcuts import get_object_or_404
from django.views.decorators.http import require_GET, require_POST

from tiers.models import Event, Tier

#: Most tickets one order may take from a tier.
MAX_PER_ORDER = 8


@require_GET
def tier_list(request: HttpRequest, slug: str) -> JsonResponse:
    """The ticket picker on the event page: every tier with its price, how many are
    left (null for an unlimited tier: the page then shows no count) and whether it is
    sold out."""
    event = get_object_or_404(Event, slug=slug)
    tiers = []
    for tier in event.tiers.all():
        remaining = max(tier.capacity - tier.sold, 0)
        tiers.append(
            {
                "id": tier.id,
                "name": tier.name,
                "price": str(tier.price),
                "remaining": remaining,
                "sold_out": remaining == 0,
            }
        )
    return JsonResponse({"event": event.name, "tiers": tiers})


@require_POST
def buy(request: HttpRequest, slug: str, tier_id: int) -> JsonResponse:
    tier = get_object_or_404(Tier, pk=tier_id, event__slug=slug)
    quantity = int(json.loads(request.body or b"{}").get("quantity", 1))
    if not 1 <= quantity <= MAX_PER_ORDER:
        return JsonResponse({"error": f"between 1 and {MAX_PER_ORDER} tickets"}, status=400)
    if not tier.can_sell(quantity):
        return JsonResponse({"error": "not enough tickets left"}, status=409)
    Tier.objects.filter(pk=tier.pk).update(sold=F("sold") + quantity)
    return JsonResponse({"tier": tier.name, "quantity": quantity}, status=201)
