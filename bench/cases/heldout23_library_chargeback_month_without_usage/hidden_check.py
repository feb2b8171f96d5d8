from chargeback.monthly import SupplierInvoice, chargeback, journal_lines
from chargeback.split import allocate


def test_month_without_usage_still_books_the_whole_invoice() -> None:
    august = SupplierInvoice("2024-08", 90000, 15000)
    charges = chargeback(august, {"eng": 0, "ops": 0, "sales": 0})
    assert [(c.centre, c.platform_cents, c.support_cents) for c in charges] == [
        ("eng", 30000, 5000),
        ("ops", 30000, 5000),
        ("sales", 30000, 5000),
    ]
    assert sum(c.total_cents for c in charges) == 105000
    assert journal_lines(august, charges)[0] == "2024-08\teng\t35000"


def test_zero_weights_share_evenly_to_the_cent() -> None:
    assert allocate(1000, {"a": 0, "b": 0, "c": 0}) == {"a": 334, "b": 333, "c": 333}
    assert allocate(101, {"x": 0, "y": 0}) == {"x": 51, "y": 50}
    assert allocate(1000, {"a": 2, "b": 0, "c": 1}) == {"a": 667, "b": 0, "c": 333}
