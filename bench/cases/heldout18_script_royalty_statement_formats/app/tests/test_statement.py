import json
from decimal import Decimal
from pathlib import Path

from royalties.cli import main
from royalties.contract import load_contract
from royalties.sales import Sale
from royalties.statement import statement_lines


def _contract(tmp_path: Path) -> Path:
    path = tmp_path / "castellanos.json"
    path.write_text(
        json.dumps({"author": "Mira Castellanos", "rates": {"Hardback": "0.10", "paperback": "0.075", "ebook": "0.25"}}),
        encoding="utf-8",
    )
    return path


def test_contract_rates_are_lower_case(tmp_path: Path) -> None:
    assert load_contract(_contract(tmp_path)).rates == {
        "hardback": Decimal("0.10"),
        "paperback": Decimal("0.075"),
        "ebook": Decimal("0.25"),
    }


def test_royalty_rounds_half_up(tmp_path: Path) -> None:
    contract = load_contract(_contract(tmp_path))
    sale = Sale("9781916000011", "The Salt Road", "paperback", 3, Decimal("20.10"))
    assert statement_lines(contract, [sale])[0].royalty == Decimal("1.51")


def test_statement(tmp_path: Path, capsys) -> None:
    sales = tmp_path / "gardners-2024q1.csv"
    sales.write_text(
        "isbn,title,format,units,net_receipts\n"
        "9781916000011,The Salt Road,paperback,1200,8400.00\n"
        "9781916000004,The Salt Road,hardback,150,2250.00\n",
        encoding="utf-8",
    )
    assert main([str(_contract(tmp_path)), str(sales), "--period", "2024-Q1"]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0] == "Royalty statement: Mira Castellanos, 2024-Q1"
    assert out[2].split() == ["The", "Salt", "Road", "paperback", "1200", "8400.00", "7.5%", "630.00"]
    assert out[3].split()[-1] == "225.00"
    assert out[-1] == "Total royalties: 855.00"
