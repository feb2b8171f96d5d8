"""The nightly order report: ``python -m reports.daily ORDERS.json [--now ISO] [--out FILE]``.

Writes JSON read by the operations dashboard: counts per status, and the orders pending
for longer than STUCK_AFTER, which someone has to chase.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from datetime import datetime, timedelta
from pathlib import Path

from reports.orders import Order, Status, load

STUCK_AFTER = timedelta(days=2)


def build(orders: list[Order], now: datetime) -> dict[str, object]:
    counts = Counter(o.status.value for o in orders)
    stuck = [o for o in orders if o.status is Status.PENDING and now - o.placed_at > STUCK_AFTER]
    report: dict[str, object] = {
        "generated_at": now.isoformat(),
        "counts": {s.value: counts.get(s.value, 0) for s in Status},
    }
    if stuck:
        report["stuck"] = [{"id": o.id, "status": o.status, "placed_at": o.placed_at.isoformat()} for o in stuck]
    return report


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="reports.daily")
    parser.add_argument("orders", type=Path)
    parser.add_argument("--now", type=datetime.fromisoformat, default=None)
    parser.add_argument("--out", type=Path, default=None)
    args = parser.parse_args(argv)
    report = build(load(args.orders), args.now or datetime.now())
    text = json.dumps(report, indent=2)
    if args.out is None:
        print(text)
    else:
        args.out.write_text(text + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
