"""Nightly export of the day's orders, as YAML for the warehouse's picking system."""

from __future__ import annotations

import sys
from pathlib import Path

import yaml
from dateutil import parser as dates


def export(orders: list[dict[str, str]]) -> str:
    """One YAML document: each order's id, its placement day and the SKUs to pick."""
    picking = [
        {
            "order": order["id"],
            "day": dates.isoparse(order["placed_at"]).date().isoformat(),
            "skus": order["skus"].split(","),
        }
        for order in orders
    ]
    return yaml.safe_dump({"orders": picking}, sort_keys=False)


def main(argv: list[str]) -> int:
    target = Path(argv[0])
    orders = [
        {"id": "A-1001", "placed_at": "2026-11-24T18:05:00+00:00", "skus": "MUG-01,TEA-12"},
        {"id": "A-1002", "placed_at": "2026-11-24T21:40:00+00:00", "skus": "PEN-03"},
    ]
    target.write_text(export(orders), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
