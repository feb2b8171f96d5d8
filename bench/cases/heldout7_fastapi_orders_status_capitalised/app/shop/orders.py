"""Orders and their fulfilment status."""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum


class OrderStatus(str, Enum):
    """Values are lower-case, as stored. Links in order e-mails sent before 5.0 spell
    them capitalised ('?status=Shipped'); those links must keep working."""

    PENDING = "pending"
    SHIPPED = "shipped"
    DELIVERED = "delivered"
    CANCELLED = "cancelled"


@dataclass(frozen=True)
class Order:
    number: str
    status: OrderStatus
    total: str


ORDERS = [
    Order("A-1001", OrderStatus.DELIVERED, "19.90"),
    Order("A-1002", OrderStatus.SHIPPED, "7.50"),
    Order("A-1003", OrderStatus.PENDING, "112.00"),
    Order("A-1004", OrderStatus.SHIPPED, "42.00"),
]
