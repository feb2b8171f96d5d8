from kitty import Expense, balances, transfers
from kitty.settle import statement

HOUSE = ["amir", "bea", "cal"]


def test_household_expense_is_split_between_all_members() -> None:
    rent = Expense("May rent", 180000, "amir")
    assert balances(HOUSE, [rent]) == {"amir": 120000, "bea": -60000, "cal": -60000}


def test_month_end_statement_mixes_shared_and_itemised() -> None:
    expenses = [
        Expense("May rent", 180000, "amir"),
        Expense("broadband", 3600, "bea"),
        Expense("takeaway", 3000, "bea", ("amir", "bea")),
        Expense("loo roll", 1000, "cal"),
    ]
    result = balances(HOUSE, expenses)
    assert result == {"amir": 116967, "bea": -56433, "cal": -60534}
    assert sum(result.values()) == 0
    assert transfers(HOUSE, expenses) == [("cal", "amir", 60534), ("bea", "amir", 56433)]
    assert statement(HOUSE, expenses) == "cal pays amir £605.34\nbea pays amir £564.33"
