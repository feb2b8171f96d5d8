"""The supplier's price list, as the nightly sync stores it and as quotes read it."""

from __future__ import annotations

import json
from decimal import Decimal

#: A price list maps each product id (the supplier's integer id) to its unit price.
PriceList = dict[int, Decimal]


def dump_price_list(prices: PriceList) -> str:
    """``prices`` as the JSON text the sync stores. Prices are strings, to stay exact."""
    return json.dumps({product_id: str(price) for product_id, price in sorted(prices.items())})


def load_price_list(text: str) -> PriceList:
    """The price list stored by :func:`dump_price_list`, exactly as it was dumped."""
    return {product_id: Decimal(price) for product_id, price in json.loads(text).items()}
