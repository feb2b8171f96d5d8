from __future__ import annotations

from django.http import Http404, JsonResponse
from django.views.decorators.http import require_GET, require_POST

from payouts.models import Payout
from payouts.services import run_payouts


def _as_json(payout: Payout) -> dict[str, object]:
    return {
        "id": payout.id,
        "seller": payout.seller.name,
        "amount": str(payout.amount),
        "status": payout.status,
        "iban": payout.iban,
        "note": payout.note,
    }


@require_POST
def run_payouts_view(request):
    """The finance team's "Run payouts" button."""
    payouts = run_payouts()
    return JsonResponse(
        {
            "pending": [_as_json(p) for p in payouts if p.status == Payout.PENDING],
            "held": [_as_json(p) for p in payouts if p.status == Payout.HELD],
        }
    )


@require_GET
def payout_detail(request, payout_id: int):
    payout = Payout.objects.filter(id=payout_id).select_related("seller").first()
    if payout is None:
        raise Http404("no such payout")
    return JsonResponse(_as_json(payout))
