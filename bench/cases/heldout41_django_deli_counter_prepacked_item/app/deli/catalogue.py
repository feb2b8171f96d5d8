"""What the deli sells, from the supplier price file loaded each morning."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

PENNY = Decimal("0.01")


@dataclass(frozen=True)
class Item:
    code: str
    name: str
    #: Counter items are cut to order and priced by weight.
    price_per_kg: Decimal | None = None
    #: Pre-packed items (no price per kg) are sold by the pack.
    pack_price: Decimal | None = None


ITEMS: dict[str, Item] = {
    item.code: item
    for item in (
        Item("comte", "Comté 18 months", price_per_kg=Decimal("32.00")),
        Item("serrano", "Jamón serrano", price_per_kg=Decimal("45.50")),
        Item("olives", "Green olives, 200 g tub", pack_price=Decimal("3.20")),
        Item("oatcakes", "Oatcakes, 250 g box", pack_price=Decimal("2.75")),
    )
}


def line_price(item: Item, grams: int) -> Decimal:
    """What one line costs at the till.

    Counter items are charged by weight, to the penny; a pre-packed item is one pack at
    its pack price, whatever the scale reads (the tub's own weight is not what is sold).
    """
    if item.price_per_kg is None:
        assert item.pack_price is not None
        return item.pack_price
    return (item.price_per_kg * grams / 1000).quantize(PENNY, rounding=ROUND_HALF_UP)
