from decimal import Decimal

from billing.tax import TaxTable, invoice_total


def test_shipped_rates_give_exact_decimal_amounts() -> None:
    table = TaxTable.load()
    gross = table.gross(Decimal("12.00"), "standard")
    assert isinstance(gross, Decimal)
    assert gross == Decimal("14.40")
    assert table.gross(Decimal("10.10"), "reduced") == Decimal("10.66")


def test_invoice_total_with_the_shipped_rates() -> None:
    lines = [(Decimal("12.00"), "standard"), (Decimal("3.50"), "exempt")]
    total = invoice_total(lines, TaxTable.load())
    assert isinstance(total, Decimal)
    assert total == Decimal("17.90")
