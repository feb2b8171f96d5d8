"""A Django form's cross-field check that reads a field which failed its own validation:
the check reads the fields with ``.get()`` and compares only the values there, when a
sibling form or the documentation says that is how the forms check; nothing otherwise."""

from __future__ import annotations

import textwrap
from pathlib import Path

from bugstack.repair.candidates import Candidate
from bugstack.repair.candidates.form_cross_checks import FormCrossCheck
from tests.repair.adversarial import fix_and_check
from tests.repair.apps import DJANGO_TEST_CONFTEST, django_site
from tests.repair.crash_sites import crash_at

FORMS = '''
    """The shop's forms."""

    from django import forms


    class ReturnForm(forms.Form):
        bought_on = forms.DateField()
        returned_on = forms.DateField()

        def clean(self):
            cleaned = super().clean()
            if cleaned["returned_on"] < cleaned["bought_on"]:
                raise forms.ValidationError("Returned before it was bought.")
            return cleaned


    class PasswordForm(forms.Form):
        password = forms.CharField()
        repeat = forms.CharField()

        def clean(self):
            cleaned = super().clean()
            password, repeat = cleaned.get("password"), cleaned.get("repeat")
            if password is not None and repeat is not None and password != repeat:
                raise forms.ValidationError("The passwords differ.")
            return cleaned
'''

NEEDLE = 'if cleaned["returned_on"] < cleaned["bought_on"]:'


def _propose(tmp_path: Path, forms: str = FORMS, needle: str = NEEDLE,
             key: str = "returned_on") -> list[Candidate]:
    site, analysis = crash_at(tmp_path, {"shop/__init__.py": "", "shop/forms.py": forms},
                              "shop/forms.py", needle, "KeyError", repr(key),
                              {"cleaned": "{'bought_on': datetime.date(2026, 6, 1)}"})
    return list(FormCrossCheck().propose(site, analysis))


def test_the_check_compares_only_the_values_there_as_the_sibling_does(tmp_path: Path) -> None:
    found = _propose(tmp_path)
    assert len(found) == 1
    after = found[0].edits["shop/forms.py"]
    assert after == textwrap.dedent(FORMS).lstrip("\n").replace(
        '        if cleaned["returned_on"] < cleaned["bought_on"]:\n',
        '        returned_on, bought_on = cleaned.get("returned_on"), cleaned.get("bought_on")\n'
        "        if returned_on is not None and bought_on is not None and "
        "returned_on < bought_on:\n")
    assert "PasswordForm.clean" in (found[0].contract or "")


def test_a_module_docstring_backs_it_without_a_sibling(tmp_path: Path) -> None:
    alone = FORMS.split("\n\n    class PasswordForm")[0].replace(
        '"""The shop\'s forms."""',
        '"""The shop\'s forms.\n\n    Cross-field checks read cleaned_data with .get(): a '
        'field that failed is not there.\n    """')
    found = _propose(tmp_path, alone)
    assert len(found) == 1 and "cleaned_data with .get()" in (found[0].contract or "")


def test_silent_code_backs_nothing(tmp_path: Path) -> None:
    silent = FORMS.split("\n\n    class PasswordForm")[0]
    assert _propose(tmp_path, silent) == []


def test_a_sibling_that_reads_by_subscript_backs_nothing(tmp_path: Path) -> None:
    plain = FORMS.replace(
        'password, repeat = cleaned.get("password"), cleaned.get("repeat")\n'
        "            if password is not None and repeat is not None and password != repeat:",
        'if cleaned["password"] != cleaned["repeat"]:')
    assert _propose(tmp_path, plain) == []


def test_a_key_the_form_does_not_declare_is_another_bug(tmp_path: Path) -> None:
    other = FORMS.replace('cleaned["bought_on"]', 'cleaned["bought"]')
    assert _propose(tmp_path, other, needle='if cleaned["returned_on"] < cleaned["bought"]',
                    key="bought") == []


def test_a_check_that_does_more_than_reject_is_left_alone(tmp_path: Path) -> None:
    more = FORMS.replace('                raise forms.ValidationError("Returned before it was '
                         'bought.")', '                cleaned["late"] = True')
    assert _propose(tmp_path, more) == []


VIEWS = '''
    from django.http import HttpRequest, JsonResponse
    from django.views.decorators.csrf import csrf_exempt

    from shop.forms import PasswordForm, ReturnForm


    @csrf_exempt
    def returns(request: HttpRequest) -> JsonResponse:
        form = ReturnForm(request.POST)
        if not form.is_valid():
            return JsonResponse({"errors": form.errors.get_json_data()}, status=400)
        return JsonResponse({"ok": True}, status=201)


    @csrf_exempt
    def password(request: HttpRequest) -> JsonResponse:
        form = PasswordForm(request.POST)
        return JsonResponse({"ok": form.is_valid()})
'''

APP = {
    **django_site("shop"),
    "site_conf/urls.py": '''
        from django.urls import path

        from shop import views

        urlpatterns = [path("returns/", views.returns), path("password/", views.password)]
    ''',
    "shop/__init__.py": "",
    "shop/forms.py": FORMS,
    "shop/views.py": VIEWS,
    "tests/__init__.py": "",
    "tests/conftest.py": DJANGO_TEST_CONFTEST,
    "tests/test_returns.py": '''
        from django.test import Client


        def test_a_return_after_buying() -> None:
            response = Client().post("/returns/", {"bought_on": "2026-06-01",
                                                   "returned_on": "2026-06-03"})
            assert response.status_code == 201
    ''',
}

TRIGGER = """
import os
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "site_conf.settings")
import django
django.setup()
from django.test import Client
Client().post("/returns/", {"bought_on": "2026-06-01", "returned_on": "2026-06-31"})
"""

CHECK = TRIGGER.replace(
    'Client().post("/returns/", {"bought_on": "2026-06-01", "returned_on": "2026-06-31"})', '''
response = Client().post("/returns/", {"bought_on": "2026-06-01", "returned_on": "2026-06-31"})
assert response.status_code == 400, response.content
errors = response.json()["errors"]
assert list(errors) == ["returned_on"], errors
early = Client().post("/returns/", {"bought_on": "2026-06-05", "returned_on": "2026-06-01"})
assert list(early.json()["errors"]) == ["__all__"], early.content
''')


def test_an_invalid_date_gets_its_own_message_only(tmp_path: Path) -> None:
    data = fix_and_check(tmp_path, APP, TRIGGER, CHECK, framework="django")
    assert data is not None and data["status"] == "fixed", data and data["explanation"]
    assert 'cleaned.get("returned_on")' in data["patch"]
