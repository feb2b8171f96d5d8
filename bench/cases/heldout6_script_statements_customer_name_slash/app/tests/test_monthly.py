from pathlib import Path

from statements.monthly import main
from statements.naming import safe_filename


def test_statements_and_index(tmp_path: Path) -> None:
    invoices = tmp_path / "invoices.csv"
    invoices.write_text(
        "customer,invoice,amount\nNorthwind Traders,INV-101,120.00\nContoso,INV-102,80.50\nNorthwind Traders,INV-107,30.00\n",
        encoding="utf-8",
    )
    out = tmp_path / "out"
    assert main([str(invoices), str(out)]) == 0
    assert (out / "index.txt").read_text(encoding="utf-8") == "Contoso.csv\nNorthwind Traders.csv\n"
    assert (out / "Northwind Traders.csv").read_text(encoding="utf-8").splitlines() == [
        "invoice,amount",
        "INV-101,120.00",
        "INV-107,30.00",
        "total,150.00",
    ]


def test_safe_filename() -> None:
    assert safe_filename("Smith & Sons") == "Smith & Sons.csv"
    assert safe_filename(" B\\W Print ", ".pdf") == "B-W Print.pdf"
