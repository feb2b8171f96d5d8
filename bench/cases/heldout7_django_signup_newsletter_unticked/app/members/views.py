from __future__ import annotations

from django.http import HttpRequest, JsonResponse
from django.views.decorators.http import require_POST

from members.models import Member


def _as_json(member: Member) -> dict[str, object]:
    return {"id": member.pk, "email": member.email, "name": member.name, "newsletter": member.newsletter}


@require_POST
def sign_up(request: HttpRequest) -> JsonResponse:
    """The sign-up form: email, name and the "Send me the newsletter" checkbox.

    Browsers submit a ticked checkbox as ``newsletter=on`` and leave an unticked one
    out of the form data entirely.
    """
    email = request.POST["email"].strip().lower()
    if Member.objects.filter(email=email).exists():
        return JsonResponse({"error": "already registered"}, status=409)
    member = Member.objects.create(
        email=email,
        name=request.POST["name"].strip(),
        newsletter=request.POST["newsletter"] == "on",
    )
    return JsonResponse(_as_json(member), status=201)


def newsletter_recipients(request: HttpRequest) -> JsonResponse:
    emails = Member.objects.filter(newsletter=True).order_by("email").values_list("email", flat=True)
    return JsonResponse({"emails": list(emails)})
