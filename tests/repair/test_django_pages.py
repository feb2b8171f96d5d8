"""Django's ``EmptyPage`` for a page past the end: ``paginator.get_page()`` when the view
documents that such a page shows the last page; nothing when the documentation is silent,
answers a 404, or the page number is below 1."""

from __future__ import annotations

import textwrap
from pathlib import Path

from bugstack.repair.candidates import Candidate
from bugstack.repair.candidates.django_pages import PageFallsBackToLast
from tests.repair.adversarial import fix_and_check
from tests.repair.apps import DJANGO_TEST_CONFTEST, django_site
from tests.repair.crash_sites import crash_at

VIEWS = '''
    from django.core.paginator import Paginator
    from django.http import HttpRequest, JsonResponse

    from notes.models import Note


    def notes(request: HttpRequest) -> JsonResponse:
        """One page of notes, ?page=N.

        Notes get archived, so an old link may point past the last page; it then shows
        the last page, and the page number says which.
        """
        paginator = Paginator(Note.objects.order_by("id"), 3)
        page = paginator.page(int(request.GET.get("page", 1)))
        return JsonResponse({"page": page.number, "notes": [n.text for n in page]})


    def archive(request: HttpRequest) -> JsonResponse:
        paginator = Paginator(Note.objects.order_by("-id"), 3)
        page = paginator.page(int(request.GET.get("page", 1)))
        return JsonResponse({"page": page.number})
'''

NEEDLE = 'paginator = Paginator(Note.objects.order_by("id"), 3)\n    page = paginator.page('


def _propose(tmp_path: Path, views: str = VIEWS,
             message: str = "That page contains no results") -> list[Candidate]:
    lines = textwrap.dedent(views).lstrip("\n").splitlines()
    # The crash is in `notes`, the first view's `paginator.page(...)`.
    first = next(i for i, line in enumerate(lines) if "page = paginator.page(" in line)
    needle = lines[first].strip()
    site, analysis = crash_at(tmp_path, {"notes/__init__.py": "", "notes/views.py": views},
                              "notes/views.py", needle, "EmptyPage", message,
                              {"request": "<WSGIRequest: GET '/notes/?page=9'>"})
    return list(PageFallsBackToLast().propose(site, analysis))


def test_a_page_documented_to_show_the_last_page_uses_get_page(tmp_path: Path) -> None:
    found = _propose(tmp_path)
    assert len(found) == 1
    before = textwrap.dedent(VIEWS).lstrip("\n")
    assert found[0].edits["notes/views.py"] == before.replace(
        "page = paginator.page(", "page = paginator.get_page(", 1)
    # `archive`, which documents nothing, keeps its `page()`.
    assert found[0].edits["notes/views.py"].count("paginator.page(") == 1
    assert "shows the last page" in (found[0].contract or "")


def test_silent_documentation_backs_nothing(tmp_path: Path) -> None:
    silent = VIEWS.replace("Notes get archived, so an old link may point past the last page; "
                           "it then shows\n        the last page, and the page number says "
                           "which.", "Three notes a page.")
    assert _propose(tmp_path, silent) == []


def test_a_documented_404_backs_nothing(tmp_path: Path) -> None:
    refused = VIEWS.replace("it then shows\n        the last page, and the page number says "
                            "which.", "it then answers\n        404, as a missing note does; "
                            "the footer links the last page.")
    assert _propose(tmp_path, refused) == []


def test_a_last_page_said_of_something_else_backs_nothing(tmp_path: Path) -> None:
    other = VIEWS.replace("Notes get archived, so an old link may point past the last page; "
                          "it then shows\n        the last page, and the page number says "
                          "which.", "The footer shows the last page's number.")
    assert _propose(tmp_path, other) == []


def test_a_page_below_one_is_not_a_page_past_the_end(tmp_path: Path) -> None:
    assert _propose(tmp_path, message="That page number is less than 1") == []


APP = {
    **django_site("notes"),
    "site_conf/urls.py": '''
        from django.urls import path

        from notes import views

        urlpatterns = [path("notes/", views.notes), path("archive/", views.archive)]
    ''',
    "notes/__init__.py": "",
    "notes/models.py": '''
        from django.db import models


        class Note(models.Model):
            text = models.CharField(max_length=80)

            class Meta:
                app_label = "notes"
    ''',
    "notes/views.py": VIEWS,
    "tests/__init__.py": "",
    "tests/conftest.py": DJANGO_TEST_CONFTEST,
    "tests/test_notes.py": '''
        from collections.abc import Iterator

        import pytest
        from django.test import Client

        from notes.models import Note


        @pytest.fixture(autouse=True)
        def notes() -> Iterator[None]:
            for n in range(4):
                Note.objects.create(text=f"note {n}")
            yield
            Note.objects.all().delete()


        def test_second_page() -> None:
            assert Client().get("/notes/", {"page": "2"}).json() == {"page": 2,
                                                                     "notes": ["note 3"]}
    ''',
}

TRIGGER = """
import os
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "site_conf.settings")
import django
django.setup()
from django.core.management import call_command
call_command("migrate", run_syncdb=True, verbosity=0)
from django.test import Client
Client().get("/notes/?page=9")
"""

CHECK = TRIGGER.replace('Client().get("/notes/?page=9")', '''
from notes.models import Note
assert Client().get("/notes/?page=9").json() == {"page": 1, "notes": []}
for n in range(4):
    Note.objects.create(text=f"note {n}")
assert Client().get("/notes/?page=9").json() == {"page": 2, "notes": ["note 3"]}
assert Client().get("/notes/?page=1").json()["page"] == 1
''')


def test_an_old_link_past_the_end_shows_the_last_page_end_to_end(tmp_path: Path) -> None:
    data = fix_and_check(tmp_path, APP, TRIGGER, CHECK, framework="django")
    assert data is not None and data["status"] == "fixed", data["explanation"]
    assert "paginator.get_page(" in data["patch"]
