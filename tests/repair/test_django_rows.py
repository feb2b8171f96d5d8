"""Rows production's database held, put back from the model instances the event captured:
which rows and values are read from the reprs, and, end to end, a replayed request and a
call that reach the crash only with them."""

from __future__ import annotations

from pathlib import Path

from bugstack.repair.reproduce.django_rows import RowSpec, captured_rows
from bugstack.repair.workspace import Workspace
from tests.repair.adversarial import fix_and_check
from tests.repair.apps import DJANGO_TEST_CONFTEST, django_site
from tests.repair.crash_sites import crash_at

MODELS = '''
    from django.db import models


    class Festival(models.Model):
        slug = models.SlugField(unique=True)
        name = models.CharField(max_length=80)

        def __str__(self) -> str:
            return self.name


    class Tier(models.Model):
        festival = models.ForeignKey(Festival, related_name="tiers", on_delete=models.CASCADE)
        name = models.CharField(max_length=40)
        #: None for a field without a limit.
        capacity = models.PositiveIntegerField(null=True)
        sold = models.PositiveIntegerField(default=0)
'''

VIEWS = '''
    from django.http import JsonResponse
    from django.shortcuts import get_object_or_404

    from fest.models import Festival


    def tiers(request, slug: str) -> JsonResponse:
        festival = get_object_or_404(Festival, slug=slug)
        rows = [{"name": t.name, "left": t.capacity - t.sold} for t in festival.tiers.all()]
        return JsonResponse({"tiers": rows})
'''


def _rows(tmp_path: Path, values: dict[str, object]) -> list[RowSpec]:
    site, _ = crash_at(tmp_path, {"fest/__init__.py": "", "fest/models.py": MODELS,
                                  "fest/views.py": VIEWS},
                       "fest/views.py", 'rows = [{"name"', "TypeError",
                       "unsupported operand type(s) for -: 'NoneType' and 'int'", values)
    return captured_rows(site, Workspace(repo=tmp_path, path=tmp_path, commit=None))


def test_instances_become_rows_with_what_their_reprs_and_the_url_say(tmp_path: Path) -> None:
    rows = _rows(tmp_path, {"request": "<WSGIRequest: GET '/f/harbour/tiers'>",
                            "slug": "'harbour'", "festival": "<Festival: Harbour Festival>",
                            "t": "<Tier: Tier object (2)>"})
    assert rows == [
        # `__str__` returns `self.name`, and the view's `slug` is the URL's.
        RowSpec("Festival", (("name", "Harbour Festival"), ("slug", "harbour"))),
        RowSpec("Tier", (("pk", 2),)),
    ]


def test_a_queryset_gives_each_row_and_unknown_or_trimmed_reprs_none(tmp_path: Path) -> None:
    rows = _rows(tmp_path, {"slug": "'harbour'", "tiers": (
        "<QuerySet [<Tier: Tier object (1)>, <Tier: Tier object (2)>]>"),
        "user": "<User: ann>", "festival": "<Festival: A very long festival na...>"})
    # Two tiers: the URL's slug names neither; the festival's text was cut; User is no
    # model of this repository.
    assert rows == [RowSpec("Tier", (("pk", 1),)), RowSpec("Tier", (("pk", 2),))]


def test_an_fstring_str_gives_each_field_its_part_of_the_text(tmp_path: Path) -> None:
    """``f"{self.slug}: {self.name}"``: the fields are read back from their places, the
    first up to the fixed text between them, the last to the end."""
    models = MODELS.replace("return self.name", 'return f"{self.slug}: {self.name}"')
    site, _ = crash_at(tmp_path, {"fest/__init__.py": "", "fest/models.py": models,
                                  "fest/views.py": VIEWS},
                       "fest/views.py", 'rows = [{"name"', "TypeError",
                       "unsupported operand type(s) for -: 'NoneType' and 'int'",
                       {"festival": "<Festival: harbour: Harbour: the Festival>"})
    rows = captured_rows(site, Workspace(repo=tmp_path, path=tmp_path, commit=None))
    assert rows == [RowSpec("Festival", (("name", "Harbour: the Festival"),
                                         ("slug", "harbour")))]


def test_an_fstring_of_fields_not_parted_by_text_reads_nothing(tmp_path: Path) -> None:
    models = MODELS.replace("return self.name", 'return f"{self.slug}{self.name}"')
    site, _ = crash_at(tmp_path, {"fest/__init__.py": "", "fest/models.py": models,
                                  "fest/views.py": VIEWS},
                       "fest/views.py", 'rows = [{"name"', "TypeError",
                       "unsupported operand type(s) for -: 'NoneType' and 'int'",
                       {"festival": "<Festival: harbourHarbour>"})
    rows = captured_rows(site, Workspace(repo=tmp_path, path=tmp_path, commit=None))
    assert rows == [RowSpec("Festival", ())]


def test_no_instance_no_rows(tmp_path: Path) -> None:
    assert _rows(tmp_path, {"slug": "'harbour'", "total": "0"}) == []


APP = {
    **django_site("fest"),
    "site_conf/urls.py": '''
        from django.urls import path

        from fest import views

        urlpatterns = [path("f/<slug:slug>/tiers", views.tiers)]
    ''',
    "fest/__init__.py": "",
    "fest/models.py": MODELS,
    "fest/views.py": VIEWS,
    "tests/__init__.py": "",
    "tests/conftest.py": DJANGO_TEST_CONFTEST,
    "tests/test_fest.py": '''
        from django.test import Client

        from fest.models import Festival


        def test_tiers() -> None:
            festival = Festival.objects.create(slug="spring", name="Spring")
            festival.tiers.create(name="Seats", capacity=10, sold=4)
            assert Client().get("/f/spring/tiers").json() == {"tiers": [{"name": "Seats",
                                                                        "left": 6}]}
            Festival.objects.all().delete()
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
from fest.models import Festival
festival = Festival.objects.create(slug="harbour", name="Harbour Festival")
festival.tiers.create(name="Standing field", capacity=None, sold=1840)
Client().get("/f/harbour/tiers")
"""


def test_the_request_reaches_the_crash_with_the_rows_put_back(tmp_path: Path) -> None:
    # The fix is not backed (nothing says what an unlimited tier shows), so the engine
    # declines; what matters here is that it got past "not reproduced".
    data = fix_and_check(tmp_path, APP, TRIGGER, "pass", framework="django")
    assert data is not None
    assert data["status"] != "not_reproduced", data.get("explanation")
    assert data["checks"]["scenario"] == (
        "GET /f/harbour/tiers with Festival, Tier rows seeded from the captured instances")


REPORTS = '''
    from fest.models import Tier


    def left_report() -> list[str]:
        """One line a tier: how many tickets are left."""
        return [f"{t.name}: {t.capacity - t.sold}" for t in Tier.objects.order_by("id")]
'''

CALL_TRIGGER = """
import os
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "site_conf.settings")
import django
django.setup()
from django.core.management import call_command
call_command("migrate", run_syncdb=True, verbosity=0)
from fest.models import Festival
from fest.reports import left_report
festival = Festival.objects.create(slug="harbour", name="Harbour Festival")
festival.tiers.create(name="Standing field", capacity=None, sold=1840)
left_report()
"""


def test_a_call_into_django_code_is_made_with_django_set_up_and_the_rows(tmp_path: Path) -> None:
    files = {**APP, "fest/reports.py": REPORTS}
    data = fix_and_check(tmp_path, files, CALL_TRIGGER, "pass")
    assert data is not None
    assert data["status"] != "not_reproduced", data.get("explanation")
    assert data["checks"]["scenario"] == (
        "fest.reports.left_report() with Tier rows seeded from the captured instances")
