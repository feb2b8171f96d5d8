"""documented_aliases under review: "never raises X" in the docstring adds no raise of X."""

from __future__ import annotations

from pathlib import Path

from tests.repair.adversarial import fix_and_check

PLANS = '''
    """Subscription plans."""

    from __future__ import annotations

    from dataclasses import dataclass


    class UnknownPlan(LookupError):
        pass


    @dataclass(frozen=True)
    class Plan:
        code: str
        price: int


    PLANS = (Plan("free", 0), Plan("pro", 12), Plan("business", 40))

    #: Codes of plans no longer sold -> the plan we suggest instead.
    RETIRED = {"pro-2019": "pro", "team-2020": "business"}


    def plan_for(code: str) -> Plan:
        """DOC"""
        return next(plan for plan in PLANS if plan.code == code)
'''

PLANS_TESTS = '''
    from billing.plans import plan_for


    def test_plan_for() -> None:
        assert plan_for("pro").price == 12
'''


def _files(doc: str) -> dict[str, str]:
    return {"billing/__init__.py": "", "billing/plans.py": PLANS.replace("DOC", doc),
            "tests/__init__.py": "", "tests/test_plans.py": PLANS_TESTS}


def test_never_raises_adds_no_raise(tmp_path: Path) -> None:
    doc = ("The plan of a code; codes of RETIRED resolve to their successor. Never raises\n"
           "        LookupError for an unknown code: the signup form sends free-text codes, and\n"
           "        an unknown one falls back to the free plan.")
    check = ('from billing.plans import plan_for\n'
             'assert plan_for("team-2020").code == "business"\n'
             'try:\n    found = plan_for("prmo")\nexcept LookupError as error:\n'
             '    raise AssertionError(f"raised {error!r}, documented never to") from None\n'
             'except StopIteration:\n    pass\n')
    data = fix_and_check(tmp_path, _files(doc),
                         'from billing.plans import plan_for\nplan_for("team-2020")', check)
    assert data is not None


# Holes: documented_aliases resolves codes the docstring says raise; exhausted_iterators
def test_a_table_of_codes_the_docstring_refuses_is_not_used_to_resolve_them(
        tmp_path: Path) -> None:
    # Moving a customer from pro-2019 (9 a month) to pro (12) needs their consent: the
    # suggestion table is for the upgrade page, not for silently re-pricing them.
    doc = ("The current plan of a code. A code in RETIRED is not resolved: the customer is\n"
           "        shown RETIRED's suggestion on the upgrade page and must agree to it.")
    check = ('from billing.plans import plan_for\n'
             'try:\n    found = plan_for("pro-2019")\nexcept Exception:\n    pass\n'
             'else:\n    raise AssertionError(f"a retired code was re-priced: {found}")\n')
    data = fix_and_check(tmp_path, _files(doc),
                         'from billing.plans import plan_for\nplan_for("pro-2019")', check)
    assert data is not None


def test_a_table_of_codes_documented_to_raise_is_not_used_to_resolve_them(
        tmp_path: Path) -> None:
    doc = ("The current plan of a code. A code in RETIRED raises UnknownPlan: the customer\n"
           "        is shown RETIRED's suggestion on the upgrade page and must agree to it first.")
    check = ('from billing.plans import plan_for\n'
             'try:\n    found = plan_for("pro-2019")\nexcept LookupError:\n    pass\n'
             'else:\n    raise AssertionError(f"a retired code was re-priced: {found}")\n')
    data = fix_and_check(tmp_path, _files(doc),
                         'from billing.plans import plan_for\nplan_for("pro-2019")', check)
    assert data is not None
