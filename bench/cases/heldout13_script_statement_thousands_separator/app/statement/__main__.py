from __future__ import annotations

import sys
from pathlib import Path

from statement.summary import summarise


def main(argv: list[str]) -> int:
    if len(argv) != 1:
        print("usage: python -m statement FILE", file=sys.stderr)
        return 2
    summary = summarise(Path(argv[0]))
    print(f"income:   {summary.income:>12}")
    print(f"spending: {summary.spending:>12}")
    print(f"balance:  {summary.balance:>12}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
