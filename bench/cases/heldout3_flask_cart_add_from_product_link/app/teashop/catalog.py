from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal


@dataclass(frozen=True)
class Product:
    name: str
    price: Decimal


PRODUCTS: dict[str, Product] = {
    "SENCHA-100": Product("Sencha, 100 g", Decimal("8.50")),
    "ASSAM-250": Product("Assam, 250 g", Decimal("11.90")),
    "MUG-01": Product("Stoneware mug", Decimal("14.00")),
}
