from billing.plans import plan_for
from billing.run import monthly_pence, monthly_run


def test_plan_for_current_codes() -> None:
    assert plan_for("pro").name == "Pro"
    assert plan_for("business").min_seats == 5


def test_minimum_seats() -> None:
    assert monthly_pence({"customer": "acme", "plan": "business", "seats": 2}) == 5 * 2100


def test_monthly_run() -> None:
    charges, review = monthly_run(
        [
            {"customer": "acme", "plan": "pro", "seats": 3},
            {"customer": "bolt", "plan": "free", "seats": 1},
        ]
    )
    assert charges == {"acme": 3600, "bolt": 0}
    assert review == []
