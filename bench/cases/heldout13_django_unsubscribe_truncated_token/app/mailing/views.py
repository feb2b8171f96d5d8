from __future__ import annotations

from django.http import HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import get_object_or_404
from django.views.decorators.http import require_POST

from mailing.models import Subscriber


@require_POST
def subscribe(request: HttpRequest) -> JsonResponse:
    email = request.POST.get("email", "").strip().lower()
    if not email:
        return JsonResponse({"error": "email is required"}, status=400)
    subscriber, _ = Subscriber.objects.update_or_create(email=email, defaults={"active": True})
    return JsonResponse({"email": subscriber.email, "active": subscriber.active}, status=201)


def unsubscribe(request: HttpRequest) -> HttpResponse:
    """The "unsubscribe" link at the foot of every mailing: ``/unsubscribe/?t=<token>``.

    Mail clients wrap or cut long links, so tokens arrive damaged or missing. Any link
    that does not name a subscriber answers the 404 "This link is no longer valid" page.
    """
    subscriber = get_object_or_404(Subscriber, token=request.GET.get("t", ""))
    subscriber.active = False
    subscriber.save(update_fields=["active"])
    return HttpResponse("You have been unsubscribed.")


def recipients(request: HttpRequest) -> JsonResponse:
    emails = Subscriber.objects.filter(active=True).order_by("email").values_list("email", flat=True)
    return JsonResponse({"count": len(emails), "results": list(emails)})
