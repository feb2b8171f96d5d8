from __future__ import annotations

import argparse
from collections.abc import Sequence
from pathlib import Path

from royalties.contract import load_contract
from royalties.sales import read_sales
from royalties.statement import render, statement_lines


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="royalty-statement")
    parser.add_argument("contract", type=Path, help="the author's contract terms (JSON)")
    parser.add_argument("sales", type=Path, nargs="+", help="distributors' sales reports (CSV)")
    parser.add_argument("--period", default="this quarter")
    args = parser.parse_args(argv)

    contract = load_contract(args.contract)
    sales = [sale for path in args.sales for sale in read_sales(path)]
    print(render(contract, args.period, statement_lines(contract, sales)))
    return 0
