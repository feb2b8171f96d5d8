"""The monthly electricity bill of one household."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

from meterkit.readings import parse_all
from meterkit.usage import consumption_kwh


@dataclass(frozen=True)
class Tariff:
    unit_rate: Decimal  # per kWh
    standing_charge: Decimal  # per day between the first and the last reading


def monthly_bill(messages: Iterable[dict[str, Any]], tariff: Tariff) -> Decimal:
    readings = parse_all(messages)
    if not readings:
        return Decimal("0.00")
    days = (readings[-1].day - readings[0].day).days
    used = Decimal(str(consumption_kwh(readings)))
    amount = used * tariff.unit_rate + days * tariff.standing_charge
    return amount.quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
