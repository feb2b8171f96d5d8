from __future__ import annotations

from django.http import Http404, HttpRequest, JsonResponse
from django.views.decorators.http import require_GET, require_POST

from accounts.mailer import send_reset_link
from accounts.models import Account


@require_GET
def profile(request: HttpRequest, email: str) -> JsonResponse:
    try:
        account = Account.objects.current(email)
    except Account.DoesNotExist:
        raise Http404("no active account for this address") from None
    return JsonResponse({"id": account.pk, "display_name": account.display_name})


@require_POST
def password_reset(request: HttpRequest) -> JsonResponse:
    """Mails a reset link for the address's account. Answers 202 whether or not the
    address is known, so that the form cannot be used to find out who has an account."""
    email = request.POST.get("email", "").strip()
    try:
        account = Account.objects.get(email__iexact=email)
    except Account.DoesNotExist:
        return JsonResponse({"status": "accepted"}, status=202)
    send_reset_link(account.pk, account.email)
    return JsonResponse({"status": "accepted"}, status=202)
