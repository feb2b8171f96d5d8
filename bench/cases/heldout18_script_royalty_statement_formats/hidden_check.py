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


def test_formats_match_whatever_their_case(tmp_path: Path) -> None:
    contract = load_contract(_contract(tmp_path))
    sales = [
        Sale("9781916000028", "The Salt Road", "eBook", 640, Decimal("2553.60")),
        Sale("9781916000011", "The Salt Road", "PAPERBACK", 10, Decimal("70.00")),
        Sale("9781916000004", "The Salt Road", "Hardback", 2, Decimal("30.00")),
    ]
    lines = statement_lines(contract, sales)
    assert [(line.rate, line.royalty) for line in lines] == [
        (Decimal("0.25"), Decimal("638.40")),
        (Decimal("0.075"), Decimal("5.25")),
        (Decimal("0.10"), Decimal("3.00")),
    ]


def test_quarter_statement_with_the_ebook_report(tmp_path: Path, capsys) -> None:
    print_sales = tmp_path / "gardners-2024q1.csv"
    print_sales.write_text(
        "isbn,title,format,units,net_receipts\n"
        "9781916000011,The Salt Road,paperback,1200,8400.00\n"
        "9781916000004,The Salt Road,hardback,150,2250.00\n",
        encoding="utf-8",
    )
    ebook_sales = tmp_path / "ebookhub-2024q1.csv"
    ebook_sales.write_text(
        "isbn,title,format,units,net_receipts\n"
        "9781916000028,The Salt Road,eBook,640,2553.60\n"
        "9781916000035,Low Tide Letters,eBook,85,339.15\n",
        encoding="utf-8",
    )
    assert main([str(_contract(tmp_path)), str(print_sales), str(ebook_sales), "--period", "2024-Q1"]) == 0
    out = capsys.readouterr().out.splitlines()
    assert len(out) == 7
    assert [line.split()[-2:] for line in out[2:6]] == [
        ["7.5%", "630.00"],
        ["10.0%", "225.00"],
        ["25.0%", "638.40"],
        ["25.0%", "84.79"],
    ]
    assert out[-1] == "Total royalties: 1578.19"
