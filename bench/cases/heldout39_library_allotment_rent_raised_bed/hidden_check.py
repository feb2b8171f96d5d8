from decimal import Decimal

from allotments.plots import Plot, parse_register_line
from allotments.rent import annual_rent, invoice_run, total_due

REGISTER = """\
1;A. Marsh;full;250;yes
2;B. Tran;half;125;yes
7b;M. Doyle;half;125.5;no
RB1;E. Hughes;raised_bed;;yes
RB2;P. Lund;raised_bed;;yes
RB3;K. Amos;raised_bed;;no
"""


def test_raised_beds_pay_the_flat_rent_plus_water() -> None:
    assert annual_rent(Plot("RB1", "E. Hughes", "raised_bed", None, True)) == Decimal("30.00")
    assert annual_rent(Plot("RB3", "K. Amos", "raised_bed", None, False)) == Decimal("18.00")
    assert annual_rent(Plot("RB2", "P. Lund", "raised_bed", None, True), concession=True) == Decimal("15.00")


def test_october_invoice_run() -> None:
    invoices = invoice_run(
        [parse_register_line(line) for line in REGISTER.splitlines()],
        frozenset({"B. Tran", "M. Doyle", "P. Lund"}),
    )
    assert invoices == {
        "1": Decimal("117.00"),
        "2": Decimal("32.25"),
        "7b": Decimal("26.36"),
        "RB1": Decimal("30.00"),
        "RB2": Decimal("15.00"),
        "RB3": Decimal("18.00"),
    }
    assert total_due(invoices) == Decimal("238.61")
