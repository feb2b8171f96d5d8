from decimal import Decimal

#: sku -> (name, unit price in EUR)
PRODUCTS = {
    "baguette": ("Baguette", Decimal("1.40")),
    "croissant": ("Croissant", Decimal("1.10")),
    "rye": ("Rye loaf", Decimal("4.80")),
}
