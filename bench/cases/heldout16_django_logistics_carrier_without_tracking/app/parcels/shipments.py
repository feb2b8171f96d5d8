"""The shipments the status site knows (the warehouse system pushes them here)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date


@dataclass(frozen=True)
class Shipment:
    reference: str
    carrier: str
    tracking_code: str
    shipped_on: date
    destination: str


SHIPMENTS: dict[str, Shipment] = {}


def reset() -> None:
    SHIPMENTS.clear()
    for shipment in (
        Shipment("RDC-10481", "postnl", "3SABCD1234567", date(2025, 5, 12), "Utrecht"),
        Shipment("RDC-10482", "dhl", "JVGL0599", date(2025, 5, 12), "Gent"),
        Shipment("RDC-10490", "depot-van", "VAN-07", date(2025, 5, 13), "Amersfoort"),
    ):
        SHIPMENTS[shipment.reference] = shipment


reset()
