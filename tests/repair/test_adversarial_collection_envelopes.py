"""collection_envelopes under review: a sibling's envelope is copied only where it fits:
not with a constant that names the sibling's own kind of collection, not around a value
that is no collection, and not where the view's documentation shows a plain list."""

from __future__ import annotations

from pathlib import Path

from tests.repair.adversarial import fix_and_check
from tests.repair.apps import DJANGO_TEST_CONFTEST, django_site

VIEWS = '''
    from django.http import HttpRequest, JsonResponse

    ARTICLES = ["Hello", "Release notes"]
    AUTHORS = ["Ada", "Grace"]
    TAGS = ["django", "python"]
    VERSION = "1.4.2"


    def articles(request: HttpRequest) -> JsonResponse:
        titles = list(ARTICLES)
        return JsonResponse({"kind": "article_list", "results": titles})


    def authors(request: HttpRequest) -> JsonResponse:
        names = list(AUTHORS)
        return JsonResponse({"kind": "author_list", "results": names})


    def tags(request: HttpRequest) -> JsonResponse:
        """DOC"""
        names = sorted(TAGS)
        return JsonResponse(names)


    def version(request: HttpRequest) -> JsonResponse:
        """The deployed version, answered as {"version": "1.4.2"}."""
        deployed = VERSION
        return JsonResponse(deployed)
'''

TESTS = '''
    from django.test import Client


    def test_articles() -> None:
        assert Client().get("/articles/").json() == {"kind": "article_list",
                                                     "results": ["Hello", "Release notes"]}


    def test_authors() -> None:
        assert Client().get("/authors/").json()["kind"] == "author_list"
'''


COUNTED = VIEWS.replace('{"kind": "article_list", "results": titles}',
                        '{"count": len(titles), "results": titles}').replace(
    '{"kind": "author_list", "results": names}', '{"count": len(names), "results": names}')

COUNTED_TESTS = TESTS.replace('{"kind": "article_list",\n', '{"count": 2,\n').replace(
    '.json()["kind"] == "author_list"', '.json()["count"] == 2')


def _app(views: str, tests: str = TESTS) -> dict[str, str]:
    return {
        **django_site("blog"),
        "site_conf/urls.py": '''
            from django.urls import path

            from blog import views

            urlpatterns = [path("articles/", views.articles), path("authors/", views.authors),
                           path("tags/", views.tags), path("version/", views.version)]
        ''',
        "blog/__init__.py": "",
        "blog/views.py": views,
        "tests/__init__.py": "",
        "tests/conftest.py": DJANGO_TEST_CONFTEST,
        "tests/test_views.py": tests,
    }


SETUP = """
import os
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "site_conf.settings")
import django
django.setup()
from django.test import Client
"""


def test_a_constant_naming_the_siblings_kind_is_not_copied(tmp_path: Path) -> None:
    # Each sibling labels its own kind of collection: tags must not go out as articles.
    views = VIEWS.replace('"""DOC"""', '"""Every tag name."""')
    check = SETUP + ('body = Client().get("/tags/").json()\n'
                     'assert not isinstance(body, dict) or body.get("kind") not in '
                     '("article_list", "author_list"), body\n')
    data = fix_and_check(tmp_path, _app(views), SETUP + 'Client().get("/tags/")\n', check,
                         framework="django")
    assert data is not None


def test_a_value_that_is_no_collection_is_not_wrapped_as_one(tmp_path: Path) -> None:
    # A version string is not a list of five items.
    views = COUNTED.replace('"""DOC"""', '"""Every tag name."""')
    check = SETUP + ('body = Client().get("/version/").json()\n'
                     'assert body == {"version": "1.4.2"}, body\n')
    data = fix_and_check(tmp_path, _app(views, COUNTED_TESTS),
                         SETUP + 'Client().get("/version/")\n', check,
                         framework="django")
    assert data is not None


def test_a_documented_plain_list_stays_a_list(tmp_path: Path) -> None:
    views = COUNTED.replace('"""DOC"""', '"""Tag names for the autocomplete widget, which '
                            'reads a plain list:\n        ["django", "python"]."""')
    check = SETUP + ('body = Client().get("/tags/").json()\n'
                     'assert body == ["django", "python"], body\n')
    data = fix_and_check(tmp_path, _app(views, COUNTED_TESTS),
                         SETUP + 'Client().get("/tags/")\n', check, framework="django")
    assert data is not None


# Holes in collection_envelopes: a module docstring naming the bare-array view; a view
VIEWS_ENVELOPES = '''
    """MODULE"""

    from django.http import HttpRequest, JsonResponse

    ARTICLES = ["Hello", "Release notes"]
    AUTHORS = ["Ada", "Grace"]
    TAGS = {"django": 3, "python": 5}


    def articles(request: HttpRequest) -> JsonResponse:
        titles = list(ARTICLES)
        return JsonResponse({"count": len(titles), "results": titles})


    def authors(request: HttpRequest) -> JsonResponse:
        names = list(AUTHORS)
        return JsonResponse({"count": len(names), "results": names})


    def tags(request: HttpRequest) -> JsonResponse:
        """DOC"""
        BODY
'''

TESTS_ENVELOPES = '''
    from django.test import Client


    def test_articles() -> None:
        assert Client().get("/articles/").json() == {"count": 2,
                                                     "results": ["Hello", "Release notes"]}
'''


def _app_later(views: str) -> dict[str, str]:
    return {
        **django_site("blog"),
        "site_conf/urls.py": '''
            from django.urls import path

            from blog import views

            urlpatterns = [path("articles/", views.articles), path("authors/", views.authors),
                           path("tags/", views.tags)]
        ''',
        "blog/__init__.py": "",
        "blog/views.py": views,
        "tests/__init__.py": "",
        "tests/conftest.py": DJANGO_TEST_CONFTEST,
        "tests/test_views.py": TESTS_ENVELOPES,
    }


SETUP_ENVELOPES = """
import os
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "site_conf.settings")
import django
django.setup()
from django.test import Client
"""


def test_a_module_docstring_naming_the_bare_array_views_is_followed(tmp_path: Path) -> None:
    views = VIEWS_ENVELOPES.replace(
        '"""MODULE"""', '"""Blog API. Listing views answer {"count": n, "results": [...]}; the '
        'autocomplete\n    view (tags) answers a bare JSON array of names, as the widget reads '
        'it."""').replace(
        '"""DOC"""', '"""Every tag name, for the autocomplete widget."""').replace(
        "BODY", "names = sorted(TAGS)\n        return JsonResponse(names)")
    check = SETUP_ENVELOPES + ('body = Client().get("/tags/").json()\n'
                     'assert body == ["django", "python"], body\n')
    data = fix_and_check(tmp_path, _app_later(views),
                         SETUP_ENVELOPES + 'Client().get("/tags/")\n', check, framework="django")
    assert data is not None


def test_a_view_documented_as_keyed_by_name_is_not_wrapped_as_a_list(tmp_path: Path) -> None:
    views = VIEWS_ENVELOPES.replace('"""MODULE"""', '"""Blog API."""').replace(
        '"""DOC"""', '"""How often each tag is used, keyed by tag name: `python`: 5."""').replace(
        "BODY", "counts = sorted(TAGS.items())\n        return JsonResponse(counts)")
    check = SETUP_ENVELOPES + ('body = Client().get("/tags/").json()\n'
                     'assert body == {"django": 3, "python": 5}, body\n')
    data = fix_and_check(tmp_path, _app_later(views),
                         SETUP_ENVELOPES + 'Client().get("/tags/")\n', check, framework="django")
    assert data is not None
