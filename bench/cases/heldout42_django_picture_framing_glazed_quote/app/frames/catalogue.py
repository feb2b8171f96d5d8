"""The mouldings in stock, loaded into a fresh database (the shop's fixtures)."""

from decimal import Decimal

from frames.models import Moulding

STOCK = [
    ("OAK-20", "Natural oak, flat 20 mm", Decimal("2.0"), Decimal("12.40")),
    ("BLK-15", "Satin black, 15 mm", Decimal("1.5"), Decimal("8.90")),
    ("GLD-35", "Antique gold swept, 35 mm", Decimal("3.5"), Decimal("21.75")),
]


def load() -> None:
    Moulding.objects.all().delete()
    for code, name, width, price in STOCK:
        Moulding.objects.create(code=code, name=name, width_cm=width, price_per_metre=price)
