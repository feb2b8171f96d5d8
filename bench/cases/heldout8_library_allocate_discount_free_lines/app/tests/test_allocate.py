import pytest
from ledger.allocate import allocate
from ledger.invoice import Line, spread_discount


def test_proportional() -> None:
    assert allocate(1000, [1, 1, 2]) == [250, 250, 500]


def test_leftover_cents_go_to_the_earliest_lines() -> None:
    assert allocate(100, [1, 1, 1]) == [34, 33, 33]
    assert allocate(5, [3, 3, 3, 1]) == [2, 2, 1, 0]


def test_no_lines() -> None:
    with pytest.raises(ValueError):
        allocate(100, [])


def test_spread_discount() -> None:
    lines = [Line("TEA", 1200), Line("MUG", 800)]
    assert spread_discount(lines, 500) == {"TEA": 300, "MUG": 200}
