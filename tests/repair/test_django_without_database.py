"""A Django app without a database (signed-cookie sessions, ``DATABASES = {}``): the
regression test must not migrate the dummy ``default`` Django fills in once the app's own
tests have touched ``django.db.connections``, or every fix would fail its check."""

from __future__ import annotations

from pathlib import Path

from tests.repair.apps import DJANGO_MANAGE, capture_event, make_repo, run_fix

SETTINGS = '''
    SECRET_KEY = "tests-only"
    DEBUG = False
    ALLOWED_HOSTS = ["testserver"]
    ROOT_URLCONF = "site_conf.urls"
    INSTALLED_APPS = ["catalogue"]
    SESSION_ENGINE = "django.contrib.sessions.backends.signed_cookies"
    DATABASES: dict = {}
'''

VIEWS = '''
    from django.http import HttpRequest, JsonResponse

    BOOKS = [{"title": "Dune", "year": 1965}, {"title": "Emma", "year": 1815}]


    def books(request: HttpRequest) -> JsonResponse:
        """The catalogue. ``sort`` is optional and defaults to "title"."""
        key = request.GET["sort"]
        return JsonResponse({"books": sorted(BOOKS, key=lambda book: book[key])})
'''

CONFTEST = '''
    import os

    import django

    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "site_conf.settings")
    django.setup()
'''

TESTS = '''
    from django.test import Client


    def test_sorted_by_year() -> None:
        answer = Client().get("/books/?sort=year").json()
        assert [book["title"] for book in answer["books"]] == ["Emma", "Dune"]
'''


def test_a_fix_in_an_app_without_a_database_is_verified(tmp_path: Path) -> None:
    repo = make_repo(tmp_path / "repo", {
        "manage.py": DJANGO_MANAGE,
        "site_conf/__init__.py": "",
        "site_conf/settings.py": SETTINGS,
        "site_conf/urls.py": '''
            from django.urls import path

            from catalogue import views

            urlpatterns = [path("books/", views.books)]
        ''',
        "catalogue/__init__.py": "",
        "catalogue/views.py": VIEWS,
        "tests/__init__.py": "",
        "tests/conftest.py": CONFTEST,
        "tests/test_books.py": TESTS,
    })
    event = capture_event(repo, tmp_path / "srv" / "app", '''
        import os
        os.environ.setdefault("DJANGO_SETTINGS_MODULE", "site_conf.settings")
        import django
        django.setup()
        from django.test import Client
        Client().get("/books/")
    ''', framework="django")
    _, data, stderr = run_fix(repo, event, tmp_path)
    assert data is not None, stderr
    assert data["status"] == "fixed", data["explanation"]
    assert "ImproperlyConfigured" not in str(data["checks"])
    assert 'request.GET.get("sort", "title")' in data["patch"]
