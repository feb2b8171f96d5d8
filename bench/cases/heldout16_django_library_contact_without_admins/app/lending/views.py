from __future__ import annotations

from django.conf import settings
from django.http import Http404, HttpRequest, JsonResponse

DAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")


def branch_hours(request: HttpRequest, branch: str) -> JsonResponse:
    """The week's opening hours of a branch; a closed day shows as null."""
    hours = settings.BRANCH_HOURS.get(branch)
    if hours is None:
        raise Http404(f"no branch {branch}")
    return JsonResponse({"branch": branch, "hours": dict(zip(DAYS, hours))})


def contact(request: HttpRequest) -> JsonResponse:
    """The help page's contact block: readers write to the first of settings.ADMINS,
    and to the front desk (settings.DEFAULT_FROM_EMAIL) while no admin is configured."""
    name, email = settings.ADMINS[0]
    return JsonResponse({"email": email, "phone": settings.LIBRARY_PHONE})
