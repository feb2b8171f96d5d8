from pathlib import Path

from statements.monthly import main


def test_customer_with_a_slash_gets_one_file(tmp_path: Path) -> None:
    invoices = tmp_path / "invoices.csv"
    invoices.write_text(
        "customer,invoice,amount\nNorthwind Traders,INV-311,420.00\nAC/DC Touring Ltd,INV-312,1890.00\n"
        "Contoso,INV-313,75.25\nAC/DC Touring Ltd,INV-318,110.00\n",
        encoding="utf-8",
    )
    out = tmp_path / "statements"
    assert main([str(invoices), str(out)]) == 0
    assert sorted(p.name for p in out.iterdir()) == ["AC-DC Touring Ltd.csv", "Contoso.csv", "Northwind Traders.csv", "index.txt"]
    assert (out / "index.txt").read_text(encoding="utf-8") == "AC-DC Touring Ltd.csv\nContoso.csv\nNorthwind Traders.csv\n"
    assert (out / "AC-DC Touring Ltd.csv").read_text(encoding="utf-8").splitlines() == [
        "invoice,amount",
        "INV-312,1890.00",
        "INV-318,110.00",
        "total,2000.00",
    ]
