"""Money in and out for a month. ``python -m ledger.monthly STATEMENT.csv``"""

from __future__ import annotations

import sys
from pathlib import Path

from ledger.statement import read_statement


def main(argv: list[str]) -> int:
    transactions = read_statement(Path(argv[0]))
    money_in = sum(t.amount for t in transactions if t.amount > 0)
    money_out = -sum(t.amount for t in transactions if t.amount < 0)
    print(f"in: {money_in:.2f}")
    print(f"out: {money_out:.2f}")
    print(f"net: {money_in - money_out:.2f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
