import pytest
from billing.plans import UnknownPlan, plan_for
from billing.run import monthly_run


def test_retired_codes_resolve_to_their_successor() -> None:
    assert plan_for("pro-2019") == plan_for("pro")
    assert plan_for("team-2020") == plan_for("business")


def test_unknown_codes_raise_unknown_plan() -> None:
    with pytest.raises(UnknownPlan):
        plan_for("prof")


def test_run_bills_retired_plans_and_reviews_unknown_ones() -> None:
    charges, review = monthly_run(
        [
            {"customer": "acme", "plan": "pro", "seats": 3},
            {"customer": "cobalt", "plan": "pro-2019", "seats": 4},
            {"customer": "delta", "plan": "team-2020", "seats": 2},
            {"customer": "echo", "plan": "prof", "seats": 1},
        ]
    )
    assert charges == {"acme": 3600, "cobalt": 4800, "delta": 5 * 2100}
    assert review == ["echo"]
