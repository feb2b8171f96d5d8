from decimal import Decimal
from pathlib import Path

import pytest

from statement.__main__ import main
from statement.summary import parse_amount, summarise

STATEMENT = (
    "Buchungstag;Verwendungszweck;Betrag\n"
    "01.03.2024;Invoice 2024-017;850,00\n"
    "04.03.2024;Office supplies;-42,19\n"
    "15.03.2024;Hosting;-19,99\n"
)


def test_parse_amount() -> None:
    assert parse_amount("850,00") == Decimal("850.00")
    assert parse_amount(" -0,50 ") == Decimal("-0.50")


def test_summarise(tmp_path: Path) -> None:
    path = tmp_path / "march.csv"
    path.write_text(STATEMENT, encoding="utf-8")
    summary = summarise(path)
    assert (summary.income, summary.spending, summary.balance) == (
        Decimal("850.00"), Decimal("-62.18"), Decimal("787.82"),
    )


def test_main(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "march.csv"
    path.write_text(STATEMENT, encoding="utf-8")
    assert main([str(path)]) == 0
    assert capsys.readouterr().out.split() == ["income:", "850.00", "spending:", "-62.18", "balance:", "787.82"]
