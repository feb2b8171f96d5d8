from __future__ import annotations

import json

from django.http import HttpRequest, JsonResponse
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST

from newsletter.emails import normalize
from newsletter.models import Subscriber


@require_POST
def subscribe(request: HttpRequest) -> JsonResponse:
    """Form field: email. Subscribing twice is harmless: the second time answers 200 too."""
    email = normalize(request.POST.get("email", ""))
    if not email:
        return JsonResponse({"error": "an email address is required"}, status=400)
    subscriber, created = Subscriber.objects.get_or_create(email=email, defaults={"source": "form"})
    return JsonResponse({"email": subscriber.email, "new": created})


@csrf_exempt
@require_POST
def import_subscribers(request: HttpRequest) -> JsonResponse:
    """A JSON list of addresses, as the events team types them from a paper sign-up sheet.

    Answers ``{"imported": n, "skipped": m}``: blank entries and addresses that are already
    subscribed are skipped, so the same sheet can be imported again safely.
    """
    try:
        entries = json.loads(request.body)
    except ValueError:
        return JsonResponse({"error": "a JSON list of addresses is required"}, status=400)
    if not isinstance(entries, list):
        return JsonResponse({"error": "a JSON list of addresses is required"}, status=400)
    existing = set(Subscriber.objects.values_list("email", flat=True))
    imported = skipped = 0
    for entry in entries:
        email = normalize(str(entry))
        if not email or email in existing:
            skipped += 1
            continue
        Subscriber.objects.create(email=email, source="import")
        imported += 1
    return JsonResponse({"imported": imported, "skipped": skipped})


def subscriber_count(request: HttpRequest) -> JsonResponse:
    return JsonResponse({"subscribers": Subscriber.objects.count()})
