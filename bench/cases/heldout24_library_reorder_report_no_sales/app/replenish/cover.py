"""Days of cover and the reorder report the buyers read every Monday morning."""

from __future__ import annotations

import math
from collections.abc import Iterable
from dataclasses import dataclass

#: Sales are averaged over the last four weeks.
SALES_WINDOW_DAYS = 28
#: Reorder early enough that stock lasts this many days beyond the supplier's lead time.
SAFETY_DAYS = 7


@dataclass(frozen=True)
class Item:
    sku: str
    on_hand: int
    #: Units sold over the last SALES_WINDOW_DAYS days.
    sold_in_window: int
    #: Days between placing a purchase order and the goods arriving.
    lead_time_days: int


def days_of_cover(item: Item) -> float:
    """How many days the stock on hand lasts at the rate the item sold over the window.

    An item that did not sell in the window never runs out at that rate: its cover is
    ``math.inf`` (it sorts last and is never reordered on cover alone).
    """
    daily_rate = item.sold_in_window / SALES_WINDOW_DAYS
    return item.on_hand / daily_rate


def needs_reorder(item: Item) -> bool:
    return days_of_cover(item) < item.lead_time_days + SAFETY_DAYS


def suggested_quantity(item: Item) -> int:
    """Enough to cover the lead time plus the safety days plus one more window, at the
    recent rate, minus what is on hand."""
    daily_rate = item.sold_in_window / SALES_WINDOW_DAYS
    horizon = item.lead_time_days + SAFETY_DAYS + SALES_WINDOW_DAYS
    return max(0, math.ceil(daily_rate * horizon) - item.on_hand)


def reorder_report(items: Iterable[Item]) -> list[dict[str, object]]:
    """The items to reorder, the shortest cover first."""
    rows = [
        {"sku": item.sku, "cover_days": round(days_of_cover(item), 1), "order": suggested_quantity(item)}
        for item in items
        if needs_reorder(item)
    ]
    return sorted(rows, key=lambda row: row["cover_days"])
