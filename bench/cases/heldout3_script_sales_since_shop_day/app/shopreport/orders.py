"""Orders as the shop platform exports them.

``orders.csv`` has the columns ``id,placed_at,total``; ``placed_at`` is an ISO 8601
timestamp in UTC (``2026-03-01T23:30:00+00:00``). The shop is in Paris: a "day" in every
report is a calendar day there (``SHOP_TZ``), not in UTC, so that an order placed at
00:30 on a Sunday in Paris counts for Sunday.
"""

from __future__ import annotations

import csv
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path
from zoneinfo import ZoneInfo

SHOP_TZ = ZoneInfo("Europe/Paris")


@dataclass(frozen=True)
class Order:
    id: str
    placed_at: datetime
    total: Decimal


def read_orders(path: Path) -> list[Order]:
    with path.open(newline="", encoding="utf-8") as f:
        return [
            Order(id=row["id"], placed_at=datetime.fromisoformat(row["placed_at"]), total=Decimal(row["total"]))
            for row in csv.DictReader(f)
        ]


def shop_day(moment: datetime) -> date:
    """The shop's calendar day of ``moment``."""
    return moment.astimezone(SHOP_TZ).date()
