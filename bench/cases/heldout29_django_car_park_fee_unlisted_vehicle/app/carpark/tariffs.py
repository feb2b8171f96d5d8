"""What a stay costs.

The barrier camera classifies each vehicle on entry ("car", "motorcycle", "coach",
"van", "pickup", "minibus", ...). The sign at the entrance lists three tariffs and says
"all other vehicles: car tariff".
"""

from __future__ import annotations

import math
from datetime import datetime

#: Pence per started hour, by the camera's vehicle class.
HOURLY_PENCE = {"car": 250, "motorcycle": 100, "coach": 900}

#: The class whose tariff applies to any class not listed above.
OTHER_VEHICLES = "car"

#: No stay is charged more than this many hours.
DAILY_CAP_HOURS = 10


def hours_charged(entered: datetime, left: datetime) -> int:
    """Started hours: any part of an hour is a whole hour, and the first hour is always charged."""
    started = math.ceil((left - entered).total_seconds() / 3600)
    return min(max(started, 1), DAILY_CAP_HOURS)


def fee_pence(vehicle_class: str, entered: datetime, left: datetime) -> int:
    return hours_charged(entered, left) * HOURLY_PENCE[vehicle_class]


def as_pounds(pence: int) -> str:
    return f"£{pence // 100}.{pence % 100:02d}"
