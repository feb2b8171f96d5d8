"""A blog article page in a one-file Django project."""

import django
from django.conf import settings

settings.configure(
    ALLOWED_HOSTS=["testserver"],
    ROOT_URLCONF=__name__,
    DATABASES={"default": {"ENGINE": "django.db.backends.sqlite3", "NAME": ":memory:"}},
    INSTALLED_APPS=["django.contrib.contenttypes"],
)
django.setup()

from django.db import connection, models  # noqa: E402
from django.http import JsonResponse  # noqa: E402
from django.urls import path  # noqa: E402


class Article(models.Model):
    title = models.CharField(max_length=200)

    class Meta:
        app_label = "blog"


def article_detail(request, pk):
    article = Article.objects.get(pk=pk)  # pk comes from the URL
    return JsonResponse({"title": article.title})


urlpatterns = [path("articles/<int:pk>/", article_detail)]

with connection.schema_editor() as editor:
    editor.create_model(Article)


if __name__ == "__main__":
    from django.test import Client

    print(Client().get("/articles/1/").status_code)
