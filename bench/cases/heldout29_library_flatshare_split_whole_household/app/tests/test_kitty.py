import pytest

from kitty import Expense, balances, transfers
from kitty.settle import statement

HOUSE = ["amir", "bea", "cal"]


def test_split_between_named_people() -> None:
    takeaway = Expense("takeaway", 3000, "bea", ("amir", "bea"))
    assert balances(HOUSE, [takeaway]) == {"amir": -1500, "bea": 1500, "cal": 0}


def test_odd_pence_stay_with_the_payer() -> None:
    cake = Expense("cake", 1000, "cal", ("amir", "bea", "cal"))
    result = balances(HOUSE, [cake])
    assert result == {"amir": -333, "bea": -333, "cal": 666}
    assert sum(result.values()) == 0


def test_non_member_rejected() -> None:
    with pytest.raises(ValueError):
        balances(HOUSE, [Expense("pizza", 1200, "dee", ("amir",))])


def test_transfers_and_statement() -> None:
    expenses = [
        Expense("gig tickets", 6000, "amir", ("amir", "bea", "cal")),
        Expense("taxi", 900, "cal", ("bea", "cal")),
    ]
    assert transfers(HOUSE, expenses) == [("bea", "amir", 2450), ("cal", "amir", 1550)]
    assert statement(HOUSE, []) == "Everyone is square."
