"""Tag suggestions for a search box, in a one-file Django project."""

import django
from django.conf import settings

settings.configure(
    ALLOWED_HOSTS=["testserver"],
    ROOT_URLCONF=__name__,
    DATABASES={},
    INSTALLED_APPS=[],
)
django.setup()

from django.http import JsonResponse  # noqa: E402
from django.urls import path  # noqa: E402

TAGS = ["django", "docker", "dataclasses", "flask"]


def tag_suggestions(request):
    """The tags starting with ``?q=``, as a bare JSON array: the widget reads a list."""
    prefix = request.GET.get("q", "")
    return JsonResponse([tag for tag in TAGS if tag.startswith(prefix)])


urlpatterns = [path("tags/suggest/", tag_suggestions)]


if __name__ == "__main__":
    from django.test import Client

    print(Client().get("/tags/suggest/?q=d").json())
