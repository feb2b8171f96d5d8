"""What we know about each parcel, updated by the carrier's webhook."""

from __future__ import annotations

from dataclasses import dataclass, field

#: Carrier statuses we show to customers; anything else is kept but shown as "in transit".
KNOWN_STATUSES = ("label_created", "in_transit", "out_for_delivery", "delivered", "returned")


@dataclass
class Parcel:
    tracking_number: str
    history: list[str] = field(default_factory=list)

    @property
    def status(self) -> str:
        latest = self.history[-1] if self.history else "label_created"
        return latest if latest in KNOWN_STATUSES else "in_transit"


PARCELS: dict[str, Parcel] = {}


def record(tracking_number: str, status: str) -> Parcel:
    parcel = PARCELS.setdefault(tracking_number, Parcel(tracking_number))
    parcel.history.append(status)
    return parcel
