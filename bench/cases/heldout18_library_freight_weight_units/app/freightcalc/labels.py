"""The text printed on a parcel's shipping label."""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal

from freightcalc.records import Parcel, parcel_weight_kg


def label_lines(record: Parcel) -> list[str]:
    weight = parcel_weight_kg(record).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
    return [f"PARCEL {record['id']}", f"TO {record['dest']}", f"{weight} KG"]
