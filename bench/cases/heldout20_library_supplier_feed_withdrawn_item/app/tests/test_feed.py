from decimal import Decimal

from supplierfeed.catalogue import Catalogue, Product
from supplierfeed.parse import parse_feed

FEED = """<feed supplier="acme" generated="2024-05-02T01:00:00Z">
  <item sku="ac-1001"><name> Kettle 1.7 l </name><price currency="EUR">24.90</price><stock>12</stock></item>
  <item sku="AC-1002"><name>Toaster</name><price currency="EUR"> 31.00 </price></item>
</feed>"""


def test_parse_feed() -> None:
    kettle, toaster = parse_feed(FEED)
    assert kettle.sku == "AC-1001" and kettle.name == "Kettle 1.7 l"
    assert kettle.price == Decimal("24.90") and kettle.stock == 12
    assert toaster.price == Decimal("31.00") and toaster.stock == 0


def test_import_creates_products() -> None:
    catalogue = Catalogue()
    assert catalogue.import_feed(FEED) == {"created": 2, "updated": 0}
    assert catalogue.products["AC-1001"] == Product("AC-1001", "Kettle 1.7 l", Decimal("33.62"), 12, True)
    assert catalogue.products["AC-1002"].orderable is False  # no stock


def test_reimport_updates() -> None:
    catalogue = Catalogue()
    catalogue.import_feed(FEED)
    assert catalogue.import_feed(FEED.replace("24.90", "20.00")) == {"created": 0, "updated": 2}
    assert catalogue.products["AC-1001"].retail_price == Decimal("27.00")
