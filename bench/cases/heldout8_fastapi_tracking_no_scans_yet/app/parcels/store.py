"""Shipments and the carrier scans recorded against them, oldest scan first."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime


@dataclass(frozen=True)
class Scan:
    status: str
    location: str
    at: datetime


@dataclass
class Shipment:
    number: str
    carrier: str
    #: Appended by the carrier webhook; empty until the carrier first scans the parcel
    #: (the label exists as soon as the order is packed).
    scans: list[Scan] = field(default_factory=list)


def _at(hour: int) -> datetime:
    return datetime(2026, 4, 2, hour, 0, tzinfo=UTC)


SHIPMENTS: dict[str, Shipment] = {
    "PX-100": Shipment(
        "PX-100",
        "DPD",
        [
            Scan("collected", "Leeds depot", _at(8)),
            Scan("in_transit", "Manchester hub", _at(13)),
            Scan("out_for_delivery", "Salford", _at(17)),
        ],
    ),
    "PX-101": Shipment("PX-101", "Royal Mail", [Scan("collected", "York", _at(9))]),
    # Packed this morning, not collected yet.
    "PX-102": Shipment("PX-102", "DPD"),
}
