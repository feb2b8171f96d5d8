from __future__ import annotations

from django.http import HttpRequest, HttpResponse, HttpResponseForbidden, JsonResponse
from django.shortcuts import get_object_or_404
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST

from payouts.models import Payout
from payouts.signing import signature_ok


def _as_json(payout: Payout) -> dict[str, object]:
    return {
        "reference": payout.reference,
        "seller": payout.seller,
        "amount_cents": payout.amount_cents,
        "status": payout.status,
        "failure_reason": payout.failure_reason,
        "return_slip": payout.return_slip,
    }


def payout_detail(request: HttpRequest, reference: str) -> JsonResponse:
    return JsonResponse(_as_json(get_object_or_404(Payout, reference=reference)))


@csrf_exempt
@require_POST
def provider_webhook(request: HttpRequest) -> HttpResponse:
    """Status updates from the payout provider.

    The provider signs the raw request body exactly as it sent it: ``X-Signature`` is
    the hex HMAC-SHA256 of those bytes (see ``payouts.signing``). A post whose signature
    does not match is refused with 403 and changes nothing.

    ``paid`` updates arrive form-encoded. ``failed`` updates arrive as
    multipart/form-data, with the bank's return slip attached as ``slip``.
    """
    reference = request.POST["reference"]
    status = request.POST["status"]
    if not signature_ok(request.body, request.headers.get("X-Signature", "")):
        return HttpResponseForbidden("bad signature")
    if status not in Payout.STATUSES:
        return JsonResponse({"error": f"unknown status {status!r}"}, status=400)

    payout = get_object_or_404(Payout, reference=reference)
    payout.status = status
    if status == "failed":
        payout.failure_reason = request.POST.get("reason", "")
        slip = request.FILES.get("slip")
        payout.return_slip = slip.name if slip else ""
    payout.save()
    return JsonResponse(_as_json(payout))
