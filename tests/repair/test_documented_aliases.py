"""A lookup missing a code the module's alias table resolves goes through the table first,
and a code still unknown raises the documented error; nothing when the docstring does not
name the table or the code is not one of its keys."""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest

from bugstack.repair.candidates.documented_aliases import DocumentedAlias
from tests.repair.crash_sites import crash_at

PLANS = '''
    class UnknownPlan(LookupError):
        pass


    PLANS = ("free", "pro", "business")

    #: Retired codes -> the plan each was migrated to.
    RETIRED = {"pro-2019": "pro", "team-2020": "business"}


    def plan_for(code: str) -> str:
        """The current plan. Retired codes resolve through RETIRED; any other code raises
        UnknownPlan."""
        return next(plan for plan in PLANS if plan == code)
'''


def _edits(tmp_path: Path, source: str = PLANS, code: str = "'pro-2019'") -> list[str]:
    site, analysis = crash_at(tmp_path, {"p.py": source}, "p.py", "return next(",
                              "StopIteration", "", {"code": code})
    return [c.edits["p.py"] for c in DocumentedAlias().propose(site, analysis)]


def test_the_code_goes_through_the_table_and_unknown_ones_raise(tmp_path: Path) -> None:
    (edit,) = _edits(tmp_path)
    assert edit == textwrap.dedent(PLANS).lstrip("\n").replace(
        "    return next(plan for plan in PLANS if plan == code)\n",
        "    code = RETIRED.get(code, code)\n"
        "    found = next((plan for plan in PLANS if plan == code), None)\n"
        "    if found is None:\n        raise UnknownPlan(code)\n    return found\n")
    namespace: dict[str, object] = {}
    exec(edit, namespace)
    plan_for = namespace["plan_for"]
    assert plan_for("team-2020") == "business" and plan_for("pro") == "pro"  # type: ignore[operator]
    with pytest.raises(LookupError):
        plan_for("prof")  # type: ignore[operator]


def test_a_table_the_docstring_does_not_name_or_a_code_not_in_it_gets_nothing(
        tmp_path: Path) -> None:
    unnamed = PLANS.replace("Retired codes resolve through RETIRED; any", "Any")
    assert _edits(tmp_path / "unnamed", unnamed) == []
    assert _edits(tmp_path / "typo", code="'prof'") == []


def test_a_docstring_naming_another_unread_table_gets_nothing(tmp_path: Path) -> None:
    # Retired codes keep their old price from KEPT_PRICES, which `plan_for` never reads:
    # the alias table is one part of a rule the code does not have yet.
    source = PLANS.replace(
        "Retired codes resolve through RETIRED;",
        "Retired codes keep the price in KEPT_PRICES and resolve through RETIRED;").replace(
        "#: Retired codes", 'KEPT_PRICES = {"pro-2019": 12}\n\n    #: Retired codes')
    assert _edits(tmp_path, source) == []
