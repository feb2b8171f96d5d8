"""The catalogue as loaded at start-up: SKU -> units on hand, SKU -> unit price in cents."""

STOCK: dict[str, int] = {"KB-101": 12, "MS-220": 0, "HD-330": 7}
PRICES: dict[str, int] = {"KB-101": 4999, "MS-220": 1999, "HD-330": 8900}
