from decimal import Decimal

from billing.tax import TaxTable, invoice_total

TABLE = TaxTable({"standard": Decimal("0.2"), "exempt": Decimal("0")})


def test_gross_standard() -> None:
    assert TABLE.gross(Decimal("12.00"), "standard") == Decimal("14.40")


def test_gross_rounds_half_up() -> None:
    assert TABLE.gross(Decimal("0.125"), "exempt") == Decimal("0.13")


def test_invoice_total() -> None:
    lines = [(Decimal("12.00"), "standard"), (Decimal("3.50"), "exempt")]
    assert invoice_total(lines, TABLE) == Decimal("17.90")


def test_exempt_lines_from_the_shipped_table() -> None:
    assert TaxTable.load().gross(Decimal("8.00"), "exempt") == Decimal("8.00")
