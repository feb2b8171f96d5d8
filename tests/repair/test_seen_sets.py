"""A unique row created twice in one batch: the loop's set of existing keys takes the row
just created, when the loop's own guard skips keys in that set and the set holds the very
column of the very model; nothing when the set, the guard or the docstring says otherwise."""

from __future__ import annotations

import textwrap
from pathlib import Path

from bugstack.repair.candidates import Candidate
from bugstack.repair.candidates.seen_sets import SeenSetKeptCurrent
from tests.repair.adversarial import fix_and_check
from tests.repair.apps import DJANGO_TEST_CONFTEST, django_site
from tests.repair.crash_sites import crash_at

VIEWS = '''
    import json

    from django.http import HttpRequest, JsonResponse

    from catalogue.models import Book


    def import_books(request: HttpRequest) -> JsonResponse:
        """A JSON list of ISBNs from the supplier's delivery note.

        Books already in the catalogue are left as they are, so a note can be sent again.
        """
        known = {book.isbn for book in Book.objects.all()}
        added = 0
        for raw in json.loads(request.body):
            isbn = str(raw).replace("-", "").strip()
            if isbn in known:
                continue
            Book.objects.create(isbn=isbn)  # one row per ISBN
            added += 1
        return JsonResponse({"added": added})


    def count(request: HttpRequest) -> JsonResponse:
        return JsonResponse({"books": Book.objects.count()})
'''

MESSAGE = "UNIQUE constraint failed: catalogue_book.isbn"


def _propose(tmp_path: Path, views: str = VIEWS, message: str = MESSAGE) -> list[Candidate]:
    site, analysis = crash_at(tmp_path, {"catalogue/__init__.py": "",
                                         "catalogue/views.py": views},
                              "catalogue/views.py", "Book.objects.create(", "IntegrityError",
                              message, {"isbn": "'9780140449136'"})
    return list(SeenSetKeptCurrent().propose(site, analysis))


def test_the_row_just_created_joins_the_set_the_guard_reads(tmp_path: Path) -> None:
    found = _propose(tmp_path)
    assert len(found) == 1
    before = textwrap.dedent(VIEWS).lstrip("\n")
    assert found[0].edits["catalogue/views.py"] == before.replace(
        "Book.objects.create(isbn=isbn)  # one row per ISBN\n",
        "Book.objects.create(isbn=isbn)  # one row per ISBN\n        known.add(isbn)\n")
    # `count` and everything else stay as they were.
    assert found[0].edits["catalogue/views.py"].count("\n") == before.count("\n") + 1
    assert "already in `known`" in (found[0].contract or "")
    assert "Books already in the catalogue are left as they are" in (found[0].contract or "")


def test_values_list_and_an_or_guard_count_too(tmp_path: Path) -> None:
    views = VIEWS.replace("known = {book.isbn for book in Book.objects.all()}",
                          'known = set(Book.objects.values_list("isbn", flat=True))').replace(
        "if isbn in known:", "if not isbn or isbn in known:")
    found = _propose(tmp_path, views)
    assert len(found) == 1 and "        known.add(isbn)\n" in found[0].edits["catalogue/views.py"]


def test_postgres_message_names_the_column(tmp_path: Path) -> None:
    message = ('duplicate key value violates unique constraint "catalogue_book_isbn_key"\n'
               "DETAIL:  Key (isbn)=(9780140449136) already exists.")
    assert len(_propose(tmp_path, message=message)) == 1


def test_a_set_of_another_column_backs_nothing(tmp_path: Path) -> None:
    other = VIEWS.replace("{book.isbn for book in", "{book.title for book in")
    assert _propose(tmp_path, other) == []


def test_a_set_of_another_model_backs_nothing(tmp_path: Path) -> None:
    other = VIEWS.replace("for book in Book.objects.all()}", "for book in Order.objects.all()}")
    assert _propose(tmp_path, other) == []


def test_a_set_read_after_the_loop_is_left_alone(tmp_path: Path) -> None:
    other = VIEWS.replace('return JsonResponse({"added": added})',
                          'return JsonResponse({"added": added, "before": len(known)})')
    assert _propose(tmp_path, other) == []


def test_a_guard_that_does_not_skip_backs_nothing(tmp_path: Path) -> None:
    other = VIEWS.replace("            continue\n", "            return JsonResponse({}, "
                          "status=409)\n")
    assert _propose(tmp_path, other) == []


def test_a_name_changed_after_the_guard_backs_nothing(tmp_path: Path) -> None:
    other = VIEWS.replace("Book.objects.create(isbn=isbn)",
                          "isbn = isbn.upper()\n            Book.objects.create(isbn=isbn)")
    assert _propose(tmp_path, other) == []


def test_a_docstring_refusing_repeats_backs_nothing(tmp_path: Path) -> None:
    other = VIEWS.replace("so a note can be sent again.",
                          "so a note can be sent again;\n        a note listing an ISBN twice is "
                          "refused.")
    assert _propose(tmp_path, other) == []


def test_another_column_in_the_message_backs_nothing(tmp_path: Path) -> None:
    assert _propose(tmp_path, message="UNIQUE constraint failed: catalogue_book.slug") == []
    assert _propose(tmp_path, message="UNIQUE constraint failed: catalogue_book.isbn, "
                                      "catalogue_book.shelf") == []


APP = {
    **django_site("catalogue"),
    "site_conf/urls.py": '''
        from django.urls import path
        from django.views.decorators.csrf import csrf_exempt

        from catalogue import views

        urlpatterns = [path("books/import/", csrf_exempt(views.import_books)),
                       path("books/count/", views.count)]
    ''',
    "catalogue/__init__.py": "",
    "catalogue/models.py": '''
        from django.db import models


        class Book(models.Model):
            isbn = models.CharField(max_length=13, unique=True)

            class Meta:
                app_label = "catalogue"
    ''',
    "catalogue/views.py": VIEWS,
    "tests/__init__.py": "",
    "tests/conftest.py": DJANGO_TEST_CONFTEST,
    "tests/test_books.py": '''
        import json

        from django.test import Client

        from catalogue.models import Book


        def test_import_skips_known_books() -> None:
            Book.objects.all().delete()
            Book.objects.create(isbn="9780140449136")
            body = json.dumps(["978-0-14-044913-6", "9780199535569"])
            response = Client().post("/books/import/", body, content_type="application/json")
            assert response.json() == {"added": 1}
            assert Client().get("/books/count/").json() == {"books": 2}
    ''',
}

TRIGGER = """
import json, os
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "site_conf.settings")
import django
django.setup()
from django.core.management import call_command
call_command("migrate", run_syncdb=True, verbosity=0)
from django.test import Client
note = ["9780199535569", "978-0-14-044913-6", "9780140449136 "]
Client().post("/books/import/", json.dumps(note), content_type="application/json")
"""

CHECK = TRIGGER.replace(
    'Client().post("/books/import/", json.dumps(note), content_type="application/json")', '''
from catalogue.models import Book
post = lambda n: Client().post("/books/import/", json.dumps(n), content_type="application/json")
assert post(note).json() == {"added": 2}
assert sorted(Book.objects.values_list("isbn", flat=True)) == ["9780140449136", "9780199535569"]
assert post(note).json() == {"added": 0}
assert post(["978000", "9780000"]).json() == {"added": 2}
''')


def test_an_isbn_listed_twice_is_skipped_end_to_end(tmp_path: Path) -> None:
    data = fix_and_check(tmp_path, APP, TRIGGER, CHECK, framework="django")
    assert data is not None and data["status"] == "fixed", data["explanation"]
    assert "+        known.add(isbn)" in data["patch"]
