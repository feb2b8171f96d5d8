"""A form validated with its answer thrown away: answered as a sibling view answers the
same form failing, and no other candidate keeps its backing."""

from __future__ import annotations

from pathlib import Path

from bugstack.repair.candidates.base import Candidate
from bugstack.repair.candidates.unchecked_forms import (
    UncheckedFormValidation,
    respect_unchecked_validation,
)
from tests.repair.crash_sites import crash_at

VIEWS = '''
    from django import forms
    from django.http import JsonResponse


    class FilterForm(forms.Form):
        status = forms.CharField(required=False)


    def listing(request):
        form = FilterForm(request.GET)
        if not form.is_valid():
            return JsonResponse({"errors": form.errors}, status=400)
        return JsonResponse({"status": form.cleaned_data["status"]})


    def export(request):
        form = FilterForm(request.GET)
        form.is_valid()
        return JsonResponse({"rows": form.cleaned_data["status"]})


    def unrelated(request):
        return JsonResponse({"ok": True})
'''


def _site(root: Path, views: str = VIEWS):
    return crash_at(root, {"shop/views.py": views}, "shop/views.py",
                    '"rows": form.cleaned_data', "KeyError", "'status'")


def _proposed(root: Path, views: str = VIEWS) -> list[str]:
    site, analysis = _site(root, views)
    return [c.edits["shop/views.py"] for c in UncheckedFormValidation().propose(site, analysis)]


def test_the_ignored_answer_is_checked_as_the_sibling_checks_it(tmp_path: Path) -> None:
    (after,) = _proposed(tmp_path)
    assert after == VIEWS.replace(
        "        form.is_valid()\n        return JsonResponse({\"rows\"",
        "        if not form.is_valid():\n"
        "            return JsonResponse({\"errors\": form.errors}, status=400)\n"
        "        return JsonResponse({\"rows\"").replace("\n    ", "\n").lstrip("\n")


def test_a_sibling_naming_its_form_otherwise_is_renamed(tmp_path: Path) -> None:
    views = VIEWS.replace("        form = FilterForm(request.GET)\n        if not form",
                          "        filters = FilterForm(request.GET)\n        if not filters"
                          ).replace('{"errors": form.errors}', '{"errors": filters.errors}'
                                    ).replace('"status": form.cleaned_data',
                                              '"status": filters.cleaned_data')
    (after,) = _proposed(tmp_path, views)
    assert "if not form.is_valid():" in after
    assert "return JsonResponse({'errors': form.errors}, status=400)" in after


def test_no_sibling_or_another_form_class_proposes_nothing(tmp_path: Path) -> None:
    other = VIEWS.replace("        form = FilterForm(request.GET)\n        if not form",
                          "        form = SearchForm(request.GET)\n        if not form")
    assert _proposed(tmp_path, other) == []


def test_siblings_answering_differently_propose_nothing(tmp_path: Path) -> None:
    second = VIEWS + '''

    def feed(request):
        form = FilterForm(request.GET)
        if not form.is_valid():
            return JsonResponse({"problem": "filter"}, status=422)
        return JsonResponse({"rows": []})
'''
    assert _proposed(tmp_path, second) == []


def test_an_answer_using_the_siblings_own_locals_is_not_copied(tmp_path: Path) -> None:
    local = VIEWS.replace(
        "        form = FilterForm(request.GET)\n        if not form.is_valid():\n"
        "            return JsonResponse({\"errors\": form.errors}, status=400)",
        "        form = FilterForm(request.GET)\n        fallback = {}\n"
        "        if not form.is_valid():\n            return JsonResponse(fallback, status=400)")
    assert _proposed(tmp_path, local) == []


def test_a_checked_validation_leaves_everything_as_it_was(tmp_path: Path) -> None:
    checked = VIEWS.replace("        form.is_valid()\n",
                            "        if not form.is_valid():\n            return None\n")
    assert _proposed(tmp_path, checked) == []
    site, _ = _site(tmp_path, checked)
    guess = Candidate("guide:x", "use .get", {"shop/views.py": ""}, plausibility=0.8,
                      contract="the guide covers it")
    assert respect_unchecked_validation([guess], site) == [guess]


def test_every_other_candidate_loses_its_backing(tmp_path: Path) -> None:
    site, analysis = _site(tmp_path)
    guess = Candidate("guide:keyerror-optional-payload-field", "use .get",
                      {"shop/views.py": ""}, plausibility=0.8, contract="the guide covers it")
    (answer,) = UncheckedFormValidation().propose(site, analysis)
    kept = respect_unchecked_validation([guess, answer], site)
    assert kept[0].contract is None and kept[0].plausibility < answer.plausibility
    assert kept[1] == answer


def test_a_crash_on_something_else_keeps_every_backing(tmp_path: Path) -> None:
    other = VIEWS.replace('return JsonResponse({"rows": form.cleaned_data["status"]})',
                          'return JsonResponse({"rows": request.GET["page"]})')
    site, analysis = crash_at(tmp_path, {"shop/views.py": other}, "shop/views.py",
                              'request.GET["page"]', "KeyError", "'page'")
    assert list(UncheckedFormValidation().propose(site, analysis)) == []
    guess = Candidate("missing-key", "page 1", {"shop/views.py": ""}, plausibility=0.8,
                      contract="documented default")
    assert respect_unchecked_validation([guess], site) == [guess]


def test_a_view_documenting_bad_input_decides_for_itself(tmp_path: Path) -> None:
    documented = VIEWS.replace(
        "    def export(request):\n",
        '    def export(request):\n'
        '        """A bad filter is left out: the job must get a file."""\n')
    assert _proposed(tmp_path, documented) == []


def test_a_validate_of_something_that_is_no_form_is_left_alone(tmp_path: Path) -> None:
    plain = VIEWS.replace("class FilterForm(forms.Form):", "class FilterForm:")
    assert _proposed(tmp_path, plain) == []


def test_a_sibling_answer_that_refuses_nothing_is_not_copied(tmp_path: Path) -> None:
    quote = VIEWS.replace('return JsonResponse({"errors": form.errors}, status=400)',
                          'return JsonResponse({"total": "0.00"})')
    assert _proposed(tmp_path, quote) == []


def test_a_function_answering_no_request_is_left_alone(tmp_path: Path) -> None:
    task = VIEWS.replace("    def export(request):\n        form = FilterForm(request.GET)",
                         "    def export(rows):\n        form = FilterForm(rows)")
    assert task != VIEWS
    assert _proposed(tmp_path, task) == []
