from pathlib import Path

from orders_import.cli import main, units_by_sku


def test_units() -> None:
    rows = [{"order_id": "1", "sku": "A", "quantity": "2"}, {"order_id": "2", "sku": "A", "quantity": "3"}]
    assert units_by_sku(rows) == {"A": 5}


def test_main(tmp_path: Path, capsys) -> None:
    export = tmp_path / "export.csv"
    export.write_text("order_id,sku,quantity\n1,B,4\n2,A,1\n", encoding="utf-8")
    assert main([str(export)]) == 0
    assert capsys.readouterr().out == "A\t1\nB\t4\n"
