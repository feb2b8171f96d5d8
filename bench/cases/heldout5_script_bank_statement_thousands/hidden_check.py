from pathlib import Path

from ledger.monthly import main
from ledger.statement import parse_amount


def test_thousands_are_grouped_with_commas() -> None:
    assert parse_amount("1,234.50") == 1234.50
    assert parse_amount("-12,000.00") == -12000.00
    assert parse_amount("1,000") == 1000.00
    assert parse_amount("-7.99") == -7.99


def test_month_with_large_amounts(tmp_path: Path, capsys) -> None:
    path = tmp_path / "statement.csv"
    path.write_text(
        'Date,Payee,Amount\n2026-03-01,Salary,"3,150.00"\n2026-03-02,Grocer,-64.20\n2026-03-03,Rent,"-1,200.00"\n',
        encoding="utf-8",
    )
    assert main([str(path)]) == 0
    assert capsys.readouterr().out.splitlines() == ["in: 3150.00", "out: 1264.20", "net: 1885.80"]
