from __future__ import annotations

from django.http import HttpRequest, JsonResponse

#: Tag -> number of published posts carrying it.
TAG_COUNTS = {"django": 41, "docker": 12, "python": 88, "postgres": 9}


def tag_search(request: HttpRequest) -> JsonResponse:
    """Tags starting with ?q=, alphabetically.

    By default: {"tags": [{"name": ..., "posts": ...}, ...]} for the tag admin page.
    With ?flat=1: a bare JSON array of names, ["django", "docker"], which is what the
    post editor's autocomplete widget reads.
    """
    prefix = request.GET.get("q", "").lower()
    names = sorted(name for name in TAG_COUNTS if name.startswith(prefix))
    if request.GET.get("flat") == "1":
        return JsonResponse(names)
    return JsonResponse({"tags": [{"name": n, "posts": TAG_COUNTS[n]} for n in names]})
