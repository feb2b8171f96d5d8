"""The warehouse's purchase orders and the delivery notices booked against them
(Postgres in production, same calls)."""

from __future__ import annotations

from dataclasses import dataclass

#: Prefix of order numbers as printed on our purchase orders: PO-000123 is order 123.
ORDER_PREFIX = "PO-"


@dataclass
class PurchaseOrder:
    number: int
    supplier: str
    dock: str
    lines: int


_ORDERS: dict[int, PurchaseOrder] = {}
_NOTICES: list[dict[str, object]] = []


def reset() -> None:
    _ORDERS.clear()
    _NOTICES.clear()
    for order in (
        PurchaseOrder(123, "Nordic Timber AB", "D2", 4),
        PurchaseOrder(45, "Ferreira Metais", "D1", 12),
        PurchaseOrder(7001, "Kowalski Packaging", "D3", 1),
    ):
        _ORDERS[order.number] = order


def printed_number(number: int) -> str:
    """The order number as printed on the purchase order."""
    return f"{ORDER_PREFIX}{number:06d}"


def parse_order_number(reference: str) -> int:
    """The purchase order a supplier's reference names.

    Suppliers send it as printed on our purchase order ("PO-000123") or as the bare
    number their own ERP keeps ("123", "000123"): both name order 123.
    """
    return int(reference.strip().split("-")[1])


def find(number: int) -> PurchaseOrder | None:
    return _ORDERS.get(number)


def book_notice(notice: dict[str, object]) -> dict[str, object]:
    notice = {"id": len(_NOTICES) + 1, **notice}
    _NOTICES.append(notice)
    return notice
