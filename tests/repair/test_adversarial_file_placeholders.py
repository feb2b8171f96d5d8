"""file_placeholders under review, on a Django form post captured by sentry-sdk: the
placeholder the docstring names is answered for a member without a portrait; with the
docstring silent, no URL (None, "", a made-up path) is chosen in its place."""

from __future__ import annotations

from pathlib import Path

from tests.repair.adversarial import fix_and_check
from tests.repair.apps import DJANGO_TEST_CONFTEST, django_site
from tests.repair.test_file_placeholders import MODELS

VIEWS = '''
    from django.http import HttpRequest, JsonResponse

    from team.models import Member


    def _card(member: Member) -> dict[str, object]:
        """A member for the team page; a member without a portrait gets NO_PORTRAIT."""
        return {"id": member.pk, "name": member.name, "portrait": member.portrait.url}


    def join(request: HttpRequest) -> JsonResponse:
        member = Member.objects.create(name=request.POST["name"].strip())
        return JsonResponse(_card(member), status=201)
'''

SILENT = VIEWS.replace("; a member without a portrait gets NO_PORTRAIT.", ".")


def _files(views: str) -> dict[str, str]:
    return {
        **django_site("team"),
        "site_conf/urls.py": '''
            from django.urls import path

            from team import views

            urlpatterns = [path("join/", views.join)]
        ''',
        "team/__init__.py": "",
        "team/models.py": MODELS,
        "team/views.py": views,
        "tests/__init__.py": "",
        "tests/conftest.py": DJANGO_TEST_CONFTEST,
        "tests/test_team.py": '''
            from django.test import Client


            def test_join_refuses_nothing_else() -> None:
                assert Client().get("/nowhere/").status_code == 404
        ''',
    }


TRIGGER = """
    import os
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "site_conf.settings")
    import django
    django.setup()
    from django.core.management import call_command
    from django.test import Client
    call_command("migrate", run_syncdb=True, verbosity=0)
    Client().post("/join/", {"name": "Ada"})
"""

CHECK = """
import os
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "site_conf.settings")
import django
django.setup()
from django.core.management import call_command
from django.test import Client
call_command("migrate", run_syncdb=True, verbosity=0)
answer = Client().post("/join/", {"name": "Ada"})
assert answer.json()["portrait"] == "/static/team/silhouette.png", answer.content
"""


def test_the_documented_placeholder_is_answered(tmp_path: Path) -> None:
    data = fix_and_check(tmp_path, _files(VIEWS), TRIGGER, CHECK, framework="django")
    assert data is not None and data["status"] == "fixed", data and data["explanation"]
    assert data["strategy"] == "file-placeholder"


def test_silent_documentation_chooses_no_url(tmp_path: Path) -> None:
    data = fix_and_check(tmp_path, _files(SILENT), TRIGGER, CHECK, framework="django")
    assert data is not None and data["status"] != "fixed", data["patch"]
