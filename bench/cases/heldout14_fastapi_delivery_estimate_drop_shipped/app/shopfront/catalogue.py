"""Products and warehouse stock (the stock levels are refreshed from the WMS every minute)."""

from __future__ import annotations

from dataclasses import dataclass, field

#: Working days the supplier needs to deliver a drop-shipped order to the customer.
SUPPLIER_LEAD_DAYS = 10


@dataclass
class Warehouse:
    name: str
    #: Working days from this warehouse to the customer's door.
    lead_days: int
    stock: dict[str, int] = field(default_factory=dict)


PRODUCTS: dict[str, str] = {}
WAREHOUSES: list[Warehouse] = []


def reset() -> None:
    PRODUCTS.clear()
    PRODUCTS.update(
        {
            "TENT-2P": "Two-person tent",
            "STOVE-MINI": "Mini gas stove",
            "MUG-TI": "Titanium mug",
            # Bulky items are never stocked: the supplier ships them directly.
            "HAMMOCK-XL": "Double hammock with stand",
        }
    )
    WAREHOUSES.clear()
    WAREHOUSES.extend(
        [
            Warehouse("leeds", 2, {"TENT-2P": 14, "MUG-TI": 3}),
            Warehouse("rotterdam", 4, {"TENT-2P": 60, "STOVE-MINI": 25, "MUG-TI": 200}),
        ]
    )


reset()
