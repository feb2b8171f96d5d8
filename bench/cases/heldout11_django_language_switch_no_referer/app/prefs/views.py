from __future__ import annotations

from django.http import HttpRequest, HttpResponseBadRequest, HttpResponseRedirect
from django.utils.http import url_has_allowed_host_and_scheme

LANGUAGES = {"en", "de", "fr"}

#: Where the language switcher sends the visitor when it cannot send them back (no
#: Referer: privacy extensions strip it, and so do bookmarks of the switcher's link).
FALLBACK_NEXT = "/account/"


def set_language(request: HttpRequest) -> HttpResponseRedirect | HttpResponseBadRequest:
    """Stores the chosen language in a cookie and goes back to the page the visitor was on."""
    language = request.GET.get("lang", "")
    if language not in LANGUAGES:
        return HttpResponseBadRequest("unknown language")
    back = request.META["HTTP_REFERER"]
    if not url_has_allowed_host_and_scheme(back, allowed_hosts={request.get_host()}):
        back = FALLBACK_NEXT
    response = HttpResponseRedirect(back)
    response.set_cookie("lang", language, max_age=365 * 24 * 3600, samesite="Lax")
    return response
