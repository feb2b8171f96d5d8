"""A malformed key in ``get_object_or_404`` (Django's ValidationError) answers the 404 a
missing record gets, when the docstring says so or a sibling view takes the same key
through a typed path converter; nothing is proposed when the code is silent or answers
a 400."""

from __future__ import annotations

import textwrap
from pathlib import Path

from bugstack.repair.candidates import Candidate
from bugstack.repair.candidates.malformed_lookups import MalformedLookupNotFound
from tests.repair.adversarial import fix_and_check
from tests.repair.apps import DJANGO_TEST_CONFTEST, django_site
from tests.repair.crash_sites import crash_at

VIEWS = '''
    """Public tracking pages.

    A link that names no shipment answers the plain not-found page (404).
    """
    from django.http import HttpRequest, JsonResponse
    from django.shortcuts import get_object_or_404

    from parcels.models import Shipment


    def track(request: HttpRequest, token: str) -> JsonResponse:
        shipment = get_object_or_404(Shipment, token=token)
        return JsonResponse({"status": shipment.status})


    def label(request: HttpRequest, token: str) -> JsonResponse:
        shipment = get_object_or_404(Shipment, token=token)
        return JsonResponse({"carrier": shipment.carrier})
'''

URLS = '''
    from django.urls import path

    from parcels import views

    urlpatterns = [
        path("track/<str:token>/", views.track),
        path("label/<str:token>/", views.label),
    ]
'''

MESSAGE = "\u201c%(value)s\u201d is not a valid UUID."


def _propose(tmp_path: Path, views: str = VIEWS, urls: str = URLS) -> list[Candidate]:
    site, analysis = crash_at(
        tmp_path, {"parcels/__init__.py": "", "parcels/views.py": views,
                   "site_conf/urls.py": urls},
        "parcels/views.py", "get_object_or_404(Shipment, token=token)", "ValidationError",
        MESSAGE, {"request": "<WSGIRequest: GET '/track/5b1c/'>", "token": "'5b1c'"})
    return list(MalformedLookupNotFound().propose(site, analysis))


def test_the_documented_404_is_answered_for_a_malformed_key(tmp_path: Path) -> None:
    found = _propose(tmp_path)
    assert len(found) == 1
    expected = textwrap.dedent(VIEWS).lstrip("\n").replace(
        "from parcels.models import Shipment\n",
        "from parcels.models import Shipment\n"
        "from django.core.exceptions import ValidationError\nfrom django.http import Http404\n",
    ).replace(
        '    shipment = get_object_or_404(Shipment, token=token)\n'
        '    return JsonResponse({"status"',
        '    try:\n        shipment = get_object_or_404(Shipment, token=token)\n'
        '    except ValidationError:\n'
        '        raise Http404("No Shipment matches the given query.") from None\n'
        '    return JsonResponse({"status"', 1)
    assert found[0].edits["parcels/views.py"] == expected
    # The sibling view's lookup is left as it was.
    assert expected.count("try:") == 1


def test_documentation_answering_a_400_backs_nothing(tmp_path: Path) -> None:
    views = VIEWS.replace("(404).", "(404). A malformed token is a bad request (400).")
    assert _propose(tmp_path, views) == []


def test_a_404_said_of_something_else_backs_nothing(tmp_path: Path) -> None:
    views = VIEWS.replace("A link that names no shipment answers", "Unknown pages answer")
    assert _propose(tmp_path, views) == []


SILENT = VIEWS.replace("A link that names no shipment answers the plain not-found page (404).",
                       "Anyone holding the link may see the shipment.")


def test_a_sibling_routed_through_a_typed_converter_backs_the_404(tmp_path: Path) -> None:
    found = _propose(tmp_path, SILENT, URLS.replace("label/<str:token>", "label/<uuid:token>"))
    assert len(found) == 1 and found[0].contract is not None
    assert "<uuid:token>" in found[0].contract


def test_silent_documentation_and_untyped_siblings_back_nothing(tmp_path: Path) -> None:
    assert _propose(tmp_path, SILENT) == []


def test_a_typed_converter_for_another_keyword_backs_nothing(tmp_path: Path) -> None:
    urls = URLS.replace("label/<str:token>/", "label/<uuid:code>/")
    assert _propose(tmp_path, SILENT, urls) == []


APP = {
    **django_site("parcels"),
    "site_conf/urls.py": URLS.replace("label/<str:token>", "label/<uuid:token>"),
    "parcels/__init__.py": "",
    "parcels/models.py": '''
        import uuid

        from django.db import models


        class Shipment(models.Model):
            token = models.UUIDField(default=uuid.uuid4, unique=True)
            carrier = models.CharField(max_length=40, default="DHL")
            status = models.CharField(max_length=40, default="label created")

            class Meta:
                app_label = "parcels"
    ''',
    "parcels/views.py": SILENT,
    "tests/__init__.py": "",
    "tests/conftest.py": DJANGO_TEST_CONFTEST,
    "tests/test_tracking.py": '''
        from django.test import Client


        def test_a_malformed_label_link_is_not_found() -> None:
            assert Client().get("/label/abc/").status_code == 404
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
Client().get("/track/5b1c0e7a-93d2-4f6e-b0a4-1c2d/")
"""

CHECK = TRIGGER.replace('Client().get("/track/5b1c0e7a-93d2-4f6e-b0a4-1c2d/")', '''
from parcels.models import Shipment
shipment = Shipment.objects.create()
assert Client().get("/track/5b1c0e7a-93d2-4f6e-b0a4-1c2d/").status_code == 404
assert Client().get(f"/track/{shipment.token}/").json() == {"status": "label created"}
''')


def test_a_cut_short_link_answers_404_as_the_typed_sibling_does(tmp_path: Path) -> None:
    data = fix_and_check(tmp_path, APP, TRIGGER, CHECK, framework="django")
    assert data is not None and data["status"] == "fixed"
    assert "raise Http404" in data["patch"]
