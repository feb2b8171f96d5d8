import json
from decimal import Decimal
from pathlib import Path

import pytest
from payouts.report import load_refunds, load_sales, main, net_by_seller

SALES = [
    {"seller": "potterystudio", "amount": 19.99},
    {"seller": "potterystudio", "amount": 0.1},
    {"seller": "linenworks", "amount": 120.00},
]
REFUNDS = [
    {"seller": "potterystudio", "amount": 7.69},
    {"seller": "potterystudio", "amount": 0.2},
    {"seller": "linenworks", "amount": 20},
]


@pytest.fixture
def exports(tmp_path: Path) -> tuple[Path, Path]:
    sales, refunds = tmp_path / "sales.json", tmp_path / "refunds.json"
    sales.write_text(json.dumps(SALES), encoding="utf-8")
    refunds.write_text(json.dumps(REFUNDS), encoding="utf-8")
    return sales, refunds


def test_partial_refund_to_the_cent(exports: tuple[Path, Path]) -> None:
    sales, refunds = exports
    net = net_by_seller(load_sales(sales), load_refunds(refunds))
    assert net == {"potterystudio": Decimal("12.20"), "linenworks": Decimal("100.00")}
    assert str(net["potterystudio"]) == "12.20"


def test_payout_file(exports: tuple[Path, Path], capsys: pytest.CaptureFixture[str]) -> None:
    sales, refunds = exports
    assert main([str(sales), str(refunds)]) == 0
    assert capsys.readouterr().out == "linenworks,100.00\npotterystudio,12.20\n"
