import json
from decimal import Decimal
from pathlib import Path

import pytest
from payouts.report import load_sales, main, net_by_seller

SALES = [
    {"seller": "potterystudio", "amount": 19.99},
    {"seller": "potterystudio", "amount": 45.50},
    {"seller": "linenworks", "amount": 120.00},
]


def test_sales_are_decimal(tmp_path: Path) -> None:
    path = tmp_path / "sales.json"
    path.write_text(json.dumps(SALES), encoding="utf-8")
    amounts = [s["amount"] for s in load_sales(path)]
    assert amounts == [Decimal("19.99"), Decimal("45.5"), Decimal("120.0")]


def test_net_by_seller() -> None:
    sales = [
        {"seller": "a", "amount": Decimal("10.10")},
        {"seller": "b", "amount": Decimal("3.00")},
    ]
    refunds = [{"seller": "a", "amount": Decimal("0.10")}]
    assert net_by_seller(sales, refunds) == {"a": Decimal("10.00"), "b": Decimal("3.00")}


def test_report_with_whole_euro_refund(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "sales.json").write_text(json.dumps(SALES), encoding="utf-8")
    refunds = [{"seller": "linenworks", "amount": 20}]
    (tmp_path / "refunds.json").write_text(json.dumps(refunds), encoding="utf-8")
    assert main([str(tmp_path / "sales.json"), str(tmp_path / "refunds.json")]) == 0
    assert capsys.readouterr().out == "linenworks,100.00\npotterystudio,65.49\n"
