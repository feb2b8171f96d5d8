from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from expenses.report import load_rates, main, to_eur

RATES = """date,currency,rate
2024-03-07,CHF,0.9561
2024-03-08,CHF,0.9590
2024-03-11,CHF,0.9605
2024-03-28,CHF,0.9740
2024-04-02,CHF,0.9790
"""


@pytest.fixture
def rates(tmp_path: Path) -> Path:
    path = tmp_path / "rates.csv"
    path.write_text(RATES, encoding="utf-8")
    return path


def test_weekend_uses_fridays_rate(rates: Path) -> None:
    loaded = load_rates(rates)
    assert to_eur(Decimal("240.00"), "CHF", date(2024, 3, 9), loaded) == Decimal("250.26")
    assert to_eur(Decimal("240.00"), "CHF", date(2024, 3, 10), loaded) == Decimal("250.26")
    assert to_eur(Decimal("95.60"), "CHF", date(2024, 3, 11), loaded) == Decimal("99.53")


def test_easter_holidays_use_the_last_rate_before(rates: Path) -> None:
    # Good Friday 29 March to Easter Monday 1 April 2024: no ECB rates.
    loaded = load_rates(rates)
    for day in (29, 30, 31):
        assert to_eur(Decimal("97.40"), "CHF", date(2024, 3, day), loaded) == Decimal("100.00")
    assert to_eur(Decimal("97.40"), "CHF", date(2024, 4, 1), loaded) == Decimal("100.00")
    assert to_eur(Decimal("97.90"), "CHF", date(2024, 4, 2), loaded) == Decimal("100.00")


def test_report_totals_the_weekend_hotel(tmp_path: Path, rates: Path, capsys: pytest.CaptureFixture[str]) -> None:
    transactions = tmp_path / "march.csv"
    transactions.write_text(
        "date,description,amount,currency\n"
        "2024-03-08,Train Zurich-Bern,95.60,CHF\n"
        "2024-03-09,Hotel Bellevue Bern,240.00,CHF\n"
        "2024-03-11,Conference fee,300.00,EUR\n",
        encoding="utf-8",
    )
    assert main([str(transactions), "--rates", str(rates)]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) == 4
    assert lines[1].startswith("2024-03-09  Hotel Bellevue Bern")
    assert lines[1].endswith("EUR     250.26")
    assert lines[-1].split() == ["Total", "EUR", "649.95"]
