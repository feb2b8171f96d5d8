from decimal import Decimal
from pathlib import Path

import pytest

from statement.__main__ import main
from statement.summary import parse_amount, summarise

APRIL = (
    "Buchungstag;Verwendungszweck;Betrag\n"
    "02.04.2024;Invoice 2024-021;2.450,00\n"
    "05.04.2024;Rent;-1.100,00\n"
    "09.04.2024;Equipment lease;-12.345,67\n"
    "12.04.2024;Grant;1.000.000,00\n"
    "18.04.2024;Hosting;-19,99\n"
)


def test_thousands_are_grouped_with_dots() -> None:
    assert parse_amount("2.450,00") == Decimal("2450.00")
    assert parse_amount("-1.100,00") == Decimal("-1100.00")
    assert parse_amount("1.000.000,00") == Decimal("1000000.00")
    assert parse_amount("-19,99") == Decimal("-19.99")


def test_every_line_counts(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "april.csv"
    path.write_text(APRIL, encoding="utf-8")
    summary = summarise(path)
    assert summary.income == Decimal("1002450.00")
    assert summary.spending == Decimal("-13465.66")
    assert main([str(path)]) == 0
    assert capsys.readouterr().out.split() == [
        "income:", "1002450.00", "spending:", "-13465.66", "balance:", "988984.34",
    ]
