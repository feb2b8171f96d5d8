"""The warehouse as the picking app sees it: where each SKU is shelved, and the open orders.

The real deployment reads both from the WMS database; this module holds the same shapes.
"""

from __future__ import annotations

from dataclasses import dataclass, field

#: Goods received but not yet put away on a shelf wait in the inbound dock, which is
#: the last stop of every picking round (its code sorts after every aisle).
INBOUND_DOCK = "Z-DOCK"

#: SKU -> shelf location, "aisle-bay-level". Filled by the put-away scanner; a SKU
#: appears here once it has been shelved.
SHELVES: dict[str, str] = {}


@dataclass
class Line:
    sku: str
    quantity: int


@dataclass
class Order:
    number: str
    lines: list[Line] = field(default_factory=list)


ORDERS: dict[str, Order] = {}


def reset() -> None:
    SHELVES.clear()
    SHELVES.update(
        {
            "MUG-BLUE": "A-03-2",
            "MUG-RED": "A-03-1",
            "TEAPOT-1L": "C-11-4",
            "COASTER-4": "B-02-1",
        }
    )
    ORDERS.clear()
    ORDERS["SO-1001"] = Order("SO-1001", [Line("TEAPOT-1L", 1), Line("MUG-BLUE", 2)])
    ORDERS["SO-1002"] = Order("SO-1002", [Line("COASTER-4", 3)])


def location_of(sku: str) -> str:
    """Where a picker finds the SKU: its shelf, or the inbound dock while unshelved."""
    return SHELVES.get(sku, INBOUND_DOCK)


reset()
