"""documented-null-field: a division by zero in one field of an answer becomes null in
that field where the docstring says so; nothing where it is silent or says otherwise."""

from __future__ import annotations

import textwrap
from pathlib import Path

from bugstack.repair.candidates import Candidate
from bugstack.repair.candidates.null_fields import DocumentedNullField
from tests.repair.crash_sites import crash_at

RESULTS = '''
    def results(question) -> dict[str, object]:
        """The results page's data. Each choice's ``percent`` is its share of all votes;
        while nobody has voted yet every ``percent`` is null (the page shows a dash)."""
        total = sum(c.votes for c in question.choices)
        return {
            "question": question.text,
            "total_votes": total,
            "choices": [
                {"text": c.text, "percent": round(100 * c.votes / total, 1)}
                for c in question.choices
            ],
        }


    def share(part: int, whole: int) -> float:
        return part / whole
'''

LINE = '{"text": c.text, "percent": round(100 * c.votes / total, 1)}'
DOC = "while nobody has voted yet every ``percent`` is null (the page shows a dash)."


def _propose(tmp_path: Path, source: str = RESULTS) -> list[Candidate]:
    site, analysis = crash_at(tmp_path, {"polls.py": source}, "polls.py", LINE,
                              "ZeroDivisionError", "division by zero", {"total": "0"})
    return list(DocumentedNullField().propose(site, analysis))


def test_the_documented_field_is_null_and_the_rest_unchanged(tmp_path: Path) -> None:
    found = _propose(tmp_path)
    assert len(found) == 1
    before = textwrap.dedent(RESULTS).lstrip("\n")
    assert found[0].edits["polls.py"] == before.replace(
        "round(100 * c.votes / total, 1)}", "round(100 * c.votes / total, 1) if total else None}")
    assert "return part / whole" in found[0].edits["polls.py"]  # unrelated code untouched
    assert "nobody has voted yet" in (found[0].contract or "")


def test_silent_documentation_backs_nothing(tmp_path: Path) -> None:
    assert _propose(tmp_path, RESULTS.replace(DOC, "Rounded to one decimal.")) == []


def test_a_documented_zero_or_refusal_backs_nothing(tmp_path: Path) -> None:
    for other in ("while nobody has voted yet every ``percent`` is 0, and null on the "
                  "page.", "while nobody has voted yet ``percent`` is null; such a poll "
                  "raises for the print view's ``percent``."):
        assert _propose(tmp_path, RESULTS.replace(DOC, other)) == [], other


def test_null_said_of_another_field_backs_nothing(tmp_path: Path) -> None:
    other = DOC.replace("every ``percent`` is null", "the ``winner`` is null")
    assert _propose(tmp_path, RESULTS.replace(DOC, other)) == []
