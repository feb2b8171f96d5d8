"""Reading the supplier's nightly product feed.

The feed is XML, one ``<item>`` per product the supplier has ever sold us::

    <feed supplier="acme" generated="2024-05-02T01:00:00Z">
      <item sku="AC-1001">
        <name>Kettle 1.7 l</name>
        <price currency="EUR">24.90</price>
        <stock>12</stock>
      </item>
    </feed>

Per the supplier's spec, ``<price>`` is left out for an item they have withdrawn from
sale, and ``<stock>`` is left out when they do not track stock for it (treat as 0).
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from dataclasses import dataclass
from decimal import Decimal


@dataclass(frozen=True)
class FeedItem:
    sku: str
    name: str
    #: None: the supplier has withdrawn the item (no ``<price>`` in the feed).
    price: Decimal | None
    currency: str
    stock: int


def parse_feed(xml_text: str) -> list[FeedItem]:
    root = ET.fromstring(xml_text)
    items: list[FeedItem] = []
    for element in root.iter("item"):
        price = element.find("price")
        items.append(
            FeedItem(
                sku=element.get("sku", "").strip().upper(),
                name=(element.findtext("name") or "").strip(),
                price=Decimal(price.text.strip()),
                currency=price.get("currency", "EUR"),
                stock=int(element.findtext("stock", default="0")),
            )
        )
    return items
