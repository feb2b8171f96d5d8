from __future__ import annotations

from django.core.paginator import Paginator
from django.http import HttpRequest, JsonResponse

from changelog.models import Entry

#: Entries per page of the public changelog.
PER_PAGE = 2


def _entry(entry: Entry) -> dict[str, str]:
    return {"version": entry.version, "summary": entry.summary, "released_on": entry.released_on.isoformat()}


def latest(request: HttpRequest) -> JsonResponse:
    newest = Entry.objects.order_by("-released_on").first()
    return JsonResponse({"latest": _entry(newest) if newest else None})


def changelog(request: HttpRequest) -> JsonResponse:
    """One page of the changelog, newest first: ?page=N, 1 when absent.

    Release notes get squashed and pruned, so links to a page past the end (bookmarks,
    search engines, "page 7" shared in a forum thread) keep arriving: such a page shows
    the last page, as the page number says which one is shown. An empty changelog is page
    1 of 1 with no entries.
    """
    paginator = Paginator(Entry.objects.order_by("-released_on", "-id"), PER_PAGE)
    page = paginator.page(int(request.GET.get("page", 1)))
    return JsonResponse(
        {
            "page": page.number,
            "pages": paginator.num_pages,
            "entries": [_entry(e) for e in page.object_list],
        }
    )
