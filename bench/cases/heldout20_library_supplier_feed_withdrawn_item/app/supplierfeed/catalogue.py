"""Applying a parsed feed to our catalogue."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from supplierfeed.parse import FeedItem, parse_feed

#: Our retail price is the supplier's price times this, rounded to the cent.
MARKUP = Decimal("1.35")
CENT = Decimal("0.01")


@dataclass
class Product:
    sku: str
    name: str
    retail_price: Decimal | None
    stock: int
    orderable: bool


class Catalogue:
    def __init__(self) -> None:
        self.products: dict[str, Product] = {}

    def apply(self, item: FeedItem) -> None:
        """Create or update the product for ``item``.

        A withdrawn item (``price`` None) stays in the catalogue, so old orders and links
        still resolve, but can no longer be ordered; it keeps the retail price it last
        had (None if we never had one) and its stock is the feed's.
        """
        product = self.products.get(item.sku)
        if item.price is None:
            retail = product.retail_price if product else None
            orderable = False
        else:
            retail = (item.price * MARKUP).quantize(CENT)
            orderable = item.stock > 0
        self.products[item.sku] = Product(item.sku, item.name, retail, item.stock, orderable)

    def import_feed(self, xml_text: str) -> dict[str, int]:
        """The nightly import job. Returns how many products were created and updated."""
        created = updated = 0
        for item in parse_feed(xml_text):
            if item.sku in self.products:
                updated += 1
            else:
                created += 1
            self.apply(item)
        return {"created": created, "updated": updated}
