from ledger.allocate import allocate
from ledger.invoice import Line, spread_discount


def test_all_zero_weights_split_evenly() -> None:
    assert allocate(500, [0, 0, 0]) == [167, 167, 166]
    assert allocate(90, [0, 0]) == [45, 45]
    assert allocate(0, [0, 0]) == [0, 0]


def test_spread_over_free_samples_keeps_every_cent() -> None:
    lines = [Line("SAMPLE-TEA", 0), Line("SAMPLE-COFFEE", 0), Line("SAMPLE-COCOA", 0)]
    spread = spread_discount(lines, 500)
    assert spread == {"SAMPLE-TEA": 167, "SAMPLE-COFFEE": 167, "SAMPLE-COCOA": 166}
    assert sum(spread.values()) == 500


def test_proportional_unchanged() -> None:
    assert allocate(100, [1, 1, 1]) == [34, 33, 33]
    assert allocate(1000, [0, 1, 3]) == [0, 250, 750]
