"""Orders as the commerce platform's webhook delivers them, kept as received.

From the platform's API reference: ``shipping_address`` is present only when at least
one line item requires shipping; gift cards and downloads have none.
"""

from typing import Any

ORDERS: dict[str, dict[str, Any]] = {
    "1001": {
        "id": "1001",
        "currency": "EUR",
        "customer": {"email": "ada@example.com"},
        "line_items": [
            {"sku": "MUG-01", "quantity": 2, "price": "12.50", "requires_shipping": True},
        ],
        "shipping_address": {"city": "Lyon", "country_code": "FR", "zip": "69002"},
    },
    "1002": {
        "id": "1002",
        "currency": "EUR",
        "customer": {"email": "grace@example.com"},
        "line_items": [
            {"sku": "EBOOK-7", "quantity": 1, "price": "9.00", "requires_shipping": False},
        ],
    },
}
