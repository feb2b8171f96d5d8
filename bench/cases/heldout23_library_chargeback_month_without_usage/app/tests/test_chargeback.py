from chargeback.monthly import SupplierInvoice, chargeback, journal_lines
from chargeback.split import allocate, split_evenly


def test_split_evenly() -> None:
    assert split_evenly(1000, ["a", "b", "c"]) == {"a": 334, "b": 333, "c": 333}


def test_allocate_in_proportion() -> None:
    assert allocate(1000, {"a": 1, "b": 1, "c": 1}) == {"a": 334, "b": 333, "c": 333}
    assert allocate(10000, {"eng": 620, "ops": 310, "sales": 0}) == {"eng": 6667, "ops": 3333, "sales": 0}


def test_largest_remainder_gets_the_cent() -> None:
    assert allocate(100, {"a": 1, "b": 2}) == {"a": 33, "b": 67}


def test_monthly_chargeback() -> None:
    invoice = SupplierInvoice("2024-07", 90000, 15000)
    charges = chargeback(invoice, {"eng": 600, "ops": 200, "sales": 100})
    assert [c.total_cents for c in charges] == [65000, 25000, 15000]
    assert journal_lines(invoice, charges) == [
        "2024-07\teng\t65000",
        "2024-07\tops\t25000",
        "2024-07\tsales\t15000",
    ]
