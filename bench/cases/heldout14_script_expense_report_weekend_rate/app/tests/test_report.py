from decimal import Decimal
from pathlib import Path

import pytest

from expenses.report import main

RATES = """date,currency,rate
2024-03-07,CHF,0.9561
2024-03-07,GBP,0.8554
2024-03-08,CHF,0.9590
2024-03-08,GBP,0.8520
2024-03-11,CHF,0.9605
2024-03-11,GBP,0.8532
"""


@pytest.fixture
def rates(tmp_path: Path) -> Path:
    path = tmp_path / "rates.csv"
    path.write_text(RATES, encoding="utf-8")
    return path


def test_weekday_month(tmp_path: Path, rates: Path, capsys: pytest.CaptureFixture[str]) -> None:
    transactions = tmp_path / "march.csv"
    transactions.write_text(
        "date,description,amount,currency\n"
        "2024-03-08,Train Zurich-Bern,95.60,CHF\n"
        "2024-03-07,Taxi Heathrow,42.77,GBP\n"
        "2024-03-11,Conference fee,300.00,EUR\n",
        encoding="utf-8",
    )
    assert main([str(transactions), "--rates", str(rates)]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].startswith("2024-03-07  Taxi Heathrow")
    assert lines[0].endswith("EUR      50.00")
    assert lines[1].endswith("EUR      99.69")
    assert lines[-1].split() == ["Total", "EUR", "449.69"]
    assert sum(Decimal(line.split()[-1]) for line in lines[:-1]) == Decimal("449.69")
