from dataclasses import dataclass
from decimal import Decimal


@dataclass(frozen=True)
class Line:
    sku: str
    unit_price: Decimal
    quantity: int
    discount: Decimal | None = None  # per unit; None when the line has no discount


def line_total(line: Line) -> Decimal:
    return (line.unit_price - line.discount) * line.quantity


def cart_total(lines: list[Line]) -> Decimal:
    return sum((line_total(line) for line in lines), Decimal("0"))
