from django.core.paginator import Paginator
from django.http import HttpRequest, JsonResponse

from library.models import Book

PAGE_SIZE = 2


def _page(queryset, number: int) -> dict:
    page = Paginator(queryset, PAGE_SIZE).get_page(number)
    return {"page": page.number, "pages": page.paginator.num_pages, "titles": [b.title for b in page]}


def book_list(request: HttpRequest) -> JsonResponse:
    number = int(request.GET.get("page", "1"))
    return JsonResponse(_page(Book.objects.all(), number))


def archive(request: HttpRequest, year: int) -> JsonResponse:
    number = int(request.GET["page"])
    return JsonResponse({"year": year, **_page(Book.objects.filter(year=year), number)})
