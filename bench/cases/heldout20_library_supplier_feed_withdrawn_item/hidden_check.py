from decimal import Decimal

from supplierfeed.catalogue import Catalogue, Product
from supplierfeed.parse import parse_feed

MONDAY = """<feed supplier="acme" generated="2024-05-01T01:00:00Z">
  <item sku="AC-1001"><name>Kettle 1.7 l</name><price currency="EUR">24.90</price><stock>12</stock></item>
  <item sku="AC-1002"><name>Toaster</name><price currency="EUR">31.00</price><stock>4</stock></item>
</feed>"""
TUESDAY = """<feed supplier="acme" generated="2024-05-02T01:00:00Z">
  <item sku="AC-1001"><name>Kettle 1.7 l</name><price currency="EUR">24.90</price><stock>11</stock></item>
  <item sku="AC-1002"><name>Toaster</name><stock>4</stock></item>
  <item sku="AC-1003"><name>Sandwich maker</name></item>
</feed>"""


def test_withdrawn_item_parses_with_no_price() -> None:
    kettle, toaster, sandwich = parse_feed(TUESDAY)
    assert kettle.price == Decimal("24.90")
    assert toaster.sku == "AC-1002" and toaster.price is None and toaster.stock == 4
    assert sandwich.price is None and sandwich.stock == 0


def test_withdrawn_item_stays_listed_but_not_orderable() -> None:
    catalogue = Catalogue()
    assert catalogue.import_feed(MONDAY) == {"created": 2, "updated": 0}
    assert catalogue.products["AC-1002"].orderable is True

    assert catalogue.import_feed(TUESDAY) == {"created": 1, "updated": 2}
    assert catalogue.products["AC-1002"] == Product("AC-1002", "Toaster", Decimal("41.85"), 4, False)
    assert catalogue.products["AC-1003"] == Product("AC-1003", "Sandwich maker", None, 0, False)
    assert catalogue.products["AC-1001"] == Product("AC-1001", "Kettle 1.7 l", Decimal("33.62"), 11, True)
