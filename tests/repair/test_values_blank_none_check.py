"""A None check that lets a blank value through to a parser is widened only when the
documentation says blank means the same as absent."""

from __future__ import annotations

from pathlib import Path

from bugstack.repair.analyse import analyse
from bugstack.repair.candidates import Candidate, generate
from bugstack.repair.candidates.blank_values import BlankPastNoneCheck, blank_means_absent
from tests.repair.test_candidates import _site

_VIEW = '''
    from datetime import date, datetime

    def month_start(month: str | None) -> date:
        """{doc}"""
        if month is None:
            return date.today().replace(day=1)
        else:
            return datetime.strptime(month, "%Y-%m").date()

    def year_start(year: str | None) -> date:
        if year is None:
            return date.today().replace(month=1, day=1)
        return datetime.strptime(year, "%Y").date()
'''
_MESSAGE = "time data '' does not match format '%Y-%m'"


def _proposed(tmp_path: Path, module: str, needle: str = 'strptime(month',
              values: dict[str, str] | None = None,
              message: str = _MESSAGE) -> list[Candidate]:
    site, root = _site(tmp_path, {"months.py": module}, "months.py", needle, "ValueError",
                       message, {"month": "''"} if values is None else values)
    return list(BlankPastNoneCheck().propose(site, analyse(site, root)))


def test_documented_blank_takes_the_absent_branch(tmp_path: Path) -> None:
    doc = "The first day of ``month`` (YYYY-MM). An absent or empty month means this month."
    found = _proposed(tmp_path, _VIEW.replace("{doc}", doc))
    assert len(found) == 1
    before, after = found[0].originals["months.py"], found[0].edits["months.py"]
    assert "    if not month:\n        return date.today()" in after
    assert after.replace("if not month:", "if month is None:", 1) == before
    # The sibling's own None check is untouched.
    assert "    if year is None:\n" in after
    assert found[0].contract is not None and "absent or empty month" in found[0].contract


def test_silent_or_refusing_documentation_proposes_nothing(tmp_path: Path) -> None:
    assert _proposed(tmp_path / "a", _VIEW.replace("{doc}", "The first day of a month.")) == []
    refusing = "An empty month is rejected; an absent month means this month."
    assert _proposed(tmp_path / "b", _VIEW.replace("{doc}", refusing)) == []
    other = "The first day of ``month``. An absent or empty year means this year."
    assert _proposed(tmp_path / "c", _VIEW.replace("{doc}", other)) == []


def test_only_a_blank_value_is_widened(tmp_path: Path) -> None:
    doc = "An absent or empty month means this month."
    module = _VIEW.replace("{doc}", doc)
    assert _proposed(tmp_path, module, values={"month": "'2024-13'"},
                     message="time data '2024-13' does not match format '%Y-%m'") == []


def test_early_return_and_not_none_forms(tmp_path: Path) -> None:
    module = '''
        def quantity(raw: str | None) -> int:
            """Units ordered; a missing or blank raw value means one."""
            if raw is not None:
                return int(raw)
            return 1

        def weight(raw: str | None) -> float:
            """Kilograms; a missing or blank raw value means none at all."""
            if raw is None:
                return 0.0
            return float(raw)
    '''
    site, root = _site(tmp_path, {"q.py": module}, "q.py", "int(raw)", "ValueError",
                       "invalid literal for int() with base 10: ''", {"raw": "''"})
    found = list(BlankPastNoneCheck().propose(site, analyse(site, root)))
    assert [c.edits["q.py"].count("    if raw:\n        return int(raw)") for c in found] == [1]
    site, root = _site(tmp_path / "2", {"q.py": module}, "q.py", "float(raw)", "ValueError",
                       "could not convert string to float: ''", {"raw": "''"})
    found = list(BlankPastNoneCheck().propose(site, analyse(site, root)))
    assert [c.edits["q.py"].count("    if not raw:\n        return 0.0") for c in found] == [1]


def test_blank_means_absent_reads_either_order() -> None:
    assert blank_means_absent("An empty or missing note is stored as ''.", "note")
    assert blank_means_absent("``tag``: None, or blank, lists every tag.", "tag")
    assert blank_means_absent("The note, when given.", "note") is None
    assert blank_means_absent("An empty note is an error; a missing one is fine.", "note") \
        is None


def test_the_engine_proposes_it_first(tmp_path: Path) -> None:
    module = _VIEW.replace("{doc}", "An absent or empty month means this month.")
    site, root = _site(tmp_path, {"months.py": module}, "months.py", "strptime(month",
                       "ValueError", _MESSAGE, {"month": "''"})
    best = generate(site, analyse(site, root))[0]
    assert best.strategy == "blank-past-none-check" and "if not month:" in best.edits[
        "months.py"]


def test_a_get_default_is_given_to_a_blank_value_too(tmp_path: Path) -> None:
    module = '''
        from datetime import datetime

        THIS_YEAR = "2026"

        def year_start(query: dict[str, str]) -> datetime:
            """{doc}"""
            year = query.get("year", THIS_YEAR)
            return datetime.strptime(year, "%Y")

        def week(query: dict[str, str]) -> str:
            return query.get("week", "1")
    '''
    documented = module.replace("{doc}", "Start of ``year``; a missing or blank year means "
                                         "this one.")
    site, root = _site(tmp_path, {"y.py": documented}, "y.py", "strptime(year", "ValueError",
                       "time data '' does not match format '%Y'", {"year": "''"})
    found = list(BlankPastNoneCheck().propose(site, analyse(site, root)))
    assert len(found) == 1
    after = found[0].edits["y.py"]
    assert '    year = query.get("year") or THIS_YEAR\n' in after
    assert '    return query.get("week", "1")\n' in after
    silent = module.replace("{doc}", "Start of ``year``.")
    site, root = _site(tmp_path / "2", {"y.py": silent}, "y.py", "strptime(year", "ValueError",
                       "time data '' does not match format '%Y'", {"year": "''"})
    assert list(BlankPastNoneCheck().propose(site, analyse(site, root))) == []
