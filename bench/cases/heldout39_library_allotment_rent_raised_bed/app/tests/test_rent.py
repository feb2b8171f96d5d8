from decimal import Decimal

from allotments.plots import Plot, parse_register_line
from allotments.rent import annual_rent, invoice_run, total_due


def test_full_plot_with_water() -> None:
    assert annual_rent(Plot("12", "R. Singh", "full", Decimal("250"), True)) == Decimal("117.00")


def test_half_plot_concession_without_water() -> None:
    plot = Plot("7b", "M. Doyle", "half", Decimal("125.5"), False)
    assert annual_rent(plot, concession=True) == Decimal("26.36")


def test_parse_register_line() -> None:
    assert parse_register_line("3a; J. Okafor; half; 120; no") == Plot(
        "3a", "J. Okafor", "half", Decimal("120"), False
    )
    assert parse_register_line("RB2;P. Lund;raised_bed;;yes").area_m2 is None


def test_invoice_run() -> None:
    plots = [
        Plot("1", "A. Marsh", "full", Decimal("250"), True),
        Plot("2", "B. Tran", "half", Decimal("125"), True),
    ]
    invoices = invoice_run(plots, frozenset({"B. Tran"}))
    assert invoices == {"1": Decimal("117.00"), "2": Decimal("32.25")}
    assert total_due(invoices) == Decimal("149.25")
