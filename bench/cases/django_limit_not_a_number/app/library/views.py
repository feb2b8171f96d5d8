from django.core.paginator import Paginator
from django.http import HttpRequest, HttpResponseBadRequest, JsonResponse

from library.models import Book

PAGE_SIZE = 2
MAX_LIMIT = 50


def _page(queryset, number: int) -> dict:
    page = Paginator(queryset, PAGE_SIZE).get_page(number)
    return {"page": page.number, "pages": page.paginator.num_pages, "titles": [b.title for b in page]}


def book_list(request: HttpRequest) -> JsonResponse | HttpResponseBadRequest:
    raw = request.GET.get("page", "1")
    if not raw.isdigit():
        return HttpResponseBadRequest("page must be a positive number")
    return JsonResponse(_page(Book.objects.all(), int(raw)))


def newest(request: HttpRequest) -> JsonResponse | HttpResponseBadRequest:
    """The most recent books; ``?limit=`` (default 3, at most MAX_LIMIT)."""
    limit = min(int(request.GET.get("limit", "3")), MAX_LIMIT)
    books = Book.objects.order_by("-year", "title")[:limit]
    return JsonResponse({"titles": [b.title for b in books]})
