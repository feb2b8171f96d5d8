from pathlib import Path

from ledger.monthly import main
from ledger.statement import parse_amount


def test_parse_amount() -> None:
    assert parse_amount("42.10") == 42.10
    assert parse_amount("-7.99") == -7.99


def test_month(tmp_path: Path, capsys) -> None:
    path = tmp_path / "statement.csv"
    path.write_text(
        "Date,Payee,Amount\n2026-03-01,Salary,2500.00\n2026-03-02,Grocer,-64.20\n2026-03-09,Rail,-35.80\n",
        encoding="utf-8",
    )
    assert main([str(path)]) == 0
    assert capsys.readouterr().out.splitlines() == ["in: 2500.00", "out: 100.00", "net: 2400.00"]
