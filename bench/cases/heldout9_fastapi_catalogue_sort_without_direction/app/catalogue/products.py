"""The shop's products, as the listing endpoint serves them."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Product:
    sku: str
    name: str
    price_cents: int
    rating: float


PRODUCTS = [
    Product("LAMP-01", "Desk lamp", 3900, 4.2),
    Product("MUG-02", "Enamel mug", 1200, 4.8),
    Product("RUG-03", "Wool rug", 12900, 3.9),
    Product("VASE-04", "Glass vase", 2500, 4.5),
]

#: The fields a listing can be sorted by.
SORTABLE = {"name", "price_cents", "rating"}
