"""Parcel records as the depot scanners send them.

The manifest schema changed when the scanners moved to firmware 4:

* v1 (before March 2023): ``{"id": "P-1001", "dest": "DE", "weight_kg": 2.5}``
* v2 (firmware 4.x): ``{"id": "P-2001", "dest": "DE", "schema": 2,
  "weight": {"value": 2500, "unit": "g"}}``, the unit being one of ``UNIT_TO_KG``.

Depots that have not upgraded still send v1, and the archive holds both, so a manifest
may mix the two shapes. Read a parcel's weight with :func:`parcel_weight_kg`, never from
the record's keys directly.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

Parcel = dict[str, Any]

UNIT_TO_KG: dict[str, Decimal] = {
    "g": Decimal("0.001"),
    "kg": Decimal("1"),
    "lb": Decimal("0.45359237"),
}


def schema_version(record: Parcel) -> int:
    return int(record.get("schema", 1))


def parcel_weight_kg(record: Parcel) -> Decimal:
    """The parcel's weight in kilograms, whichever schema the record is in."""
    if schema_version(record) >= 2:
        weight = record["weight"]
        return Decimal(str(weight["value"])) * UNIT_TO_KG[weight["unit"]]
    return Decimal(str(record["weight_kg"]))
