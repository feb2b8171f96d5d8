"""An unticked checkbox is absent from the form data: ``request.POST.get("box") == "on"``
where the view documents that, and nothing where it is silent or refuses a missing box."""

from __future__ import annotations

import textwrap
from pathlib import Path

from bugstack.repair.candidates import Candidate
from bugstack.repair.candidates.unticked_checkboxes import UntickedCheckbox
from tests.repair.crash_sites import crash_at

VIEWS = '''
    from django.http import HttpRequest, JsonResponse


    def settings_form(request: HttpRequest) -> JsonResponse:
        """The preferences form: a display name and the "Email me replies" checkbox.

        A ticked checkbox arrives as ``replies=on``; an unticked one is not sent at all.
        """
        name = request.POST["name"]
        return JsonResponse({"name": name, "replies": request.POST["replies"] == "on"})


    def other(request: HttpRequest) -> JsonResponse:
        return JsonResponse({"replies": request.POST["replies"] == "on"})
'''


def _propose(tmp_path: Path, views: str = VIEWS) -> list[Candidate]:
    site, analysis = crash_at(tmp_path, {"prefs/__init__.py": "", "prefs/views.py": views},
                              "prefs/views.py", '"replies": request.POST["replies"]',
                              "MultiValueDictKeyError", "'replies'",
                              {"request": "<WSGIRequest: POST '/prefs/'>"})
    return list(UntickedCheckbox().propose(site, analysis))


def test_a_documented_unticked_box_reads_as_unticked(tmp_path: Path) -> None:
    found = _propose(tmp_path)
    assert len(found) == 1
    before = textwrap.dedent(VIEWS).lstrip("\n")
    after = before.replace('"replies": request.POST["replies"] == "on"',
                           '"replies": request.POST.get(\'replies\') == "on"', 1)
    assert found[0].edits["prefs/views.py"] == after
    # `name` and the undocumented `other` view keep their subscripts.
    assert 'request.POST["name"]' in after and after.count('request.POST["replies"]') == 1
    assert "unticked one is not sent" in (found[0].contract or "")


def test_silent_documentation_backs_nothing(tmp_path: Path) -> None:
    silent = VIEWS.replace("A ticked checkbox arrives as ``replies=on``; an unticked one is "
                           "not sent at all.", "Saves the preferences.")
    assert _propose(tmp_path, silent) == []


def test_a_box_that_must_be_ticked_backs_nothing(tmp_path: Path) -> None:
    refused = VIEWS.replace("an unticked one is not sent at all.",
                            "an unticked one is not sent at all, and is refused with 400.")
    assert _propose(tmp_path, refused) == []


def test_another_missing_field_backs_nothing(tmp_path: Path) -> None:
    site, analysis = crash_at(tmp_path, {"prefs/__init__.py": "", "prefs/views.py": VIEWS},
                              "prefs/views.py", 'name = request.POST["name"]',
                              "MultiValueDictKeyError", "'name'",
                              {"request": "<WSGIRequest: POST '/prefs/'>"})
    assert list(UntickedCheckbox().propose(site, analysis)) == []
