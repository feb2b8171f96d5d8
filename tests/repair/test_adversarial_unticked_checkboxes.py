"""unticked_checkboxes under review, on a Django form posted through sentry-sdk: a box the
view documents as left out when unticked reads as unticked; a box the view must refuse
when unticked (terms to accept) is never read as unticked, whatever else is proposed."""

from __future__ import annotations

from pathlib import Path

from tests.repair.adversarial import fix_and_check
from tests.repair.apps import DJANGO_TEST_CONFTEST, django_site

VIEWS = '''
    from django.http import HttpRequest, JsonResponse


    def enquire(request: HttpRequest) -> JsonResponse:
        """The enquiry form: a message and the "Call me back" checkbox.

        Browsers send a ticked checkbox as ``callback=on`` and leave an unticked one out.
        """
        message = request.POST["message"].strip()
        return JsonResponse({"message": message, "callback": request.POST["callback"] == "on"})
'''

REFUSED = VIEWS.replace('"Call me back" checkbox.', '"I accept the terms" checkbox.').replace(
    "leave an unticked one out.",
    "leave an unticked one out; enquiries without it are refused with 400.")


def _files(views: str) -> dict[str, str]:
    return {
        **django_site("desk"),
        "site_conf/urls.py": '''
            from django.urls import path

            from desk import views

            urlpatterns = [path("enquire/", views.enquire)]
        ''',
        "desk/__init__.py": "",
        "desk/views.py": views,
        "tests/__init__.py": "",
        "tests/conftest.py": DJANGO_TEST_CONFTEST,
        "tests/test_desk.py": '''
            from django.test import Client


            def test_enquiry_with_callback() -> None:
                sent = {"message": " Hello ", "callback": "on"}
                answer = Client().post("/enquire/", sent).json()
                assert answer == {"message": "Hello", "callback": True}
        ''',
    }


TRIGGER = """
    import os
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "site_conf.settings")
    import django
    django.setup()
    from django.test import Client
    Client().post("/enquire/", {"message": "Hi"})
"""

SETUP = """
import os
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "site_conf.settings")
import django
django.setup()
from django.test import Client
"""


def test_a_box_left_out_when_unticked_reads_as_unticked(tmp_path: Path) -> None:
    check = SETUP + ('answer = Client().post("/enquire/", {"message": "Hi"})\n'
                     'assert answer.json() == {"message": "Hi", "callback": False}\n')
    data = fix_and_check(tmp_path, _files(VIEWS), TRIGGER, check, framework="django")
    assert data is not None and data["status"] == "fixed", data and data["explanation"]
    assert data["strategy"] == "unticked-checkbox"


def test_a_box_that_must_be_ticked_is_not_read_as_unticked(tmp_path: Path) -> None:
    check = SETUP + ('answer = Client().post("/enquire/", {"message": "Hi"})\n'
                     'assert answer.status_code == 400, answer.status_code\n')
    data = fix_and_check(tmp_path, _files(REFUSED), TRIGGER, check, framework="django")
    assert data is not None
    assert "callback') ==" not in (data.get("patch") or "")
