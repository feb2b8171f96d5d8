"""The nightly job imports the supplier's feed; the supplier has withdrawn the toaster."""

from supplierfeed.catalogue import Catalogue

catalogue = Catalogue()
catalogue.import_feed(
    """<feed supplier="acme" generated="2024-05-01T01:00:00Z">
  <item sku="AC-1001"><name>Kettle 1.7 l</name><price currency="EUR">24.90</price><stock>12</stock></item>
  <item sku="AC-1002"><name>Toaster</name><price currency="EUR">31.00</price><stock>4</stock></item>
</feed>"""
)
catalogue.import_feed(
    """<feed supplier="acme" generated="2024-05-02T01:00:00Z">
  <item sku="AC-1001"><name>Kettle 1.7 l</name><price currency="EUR">24.90</price><stock>11</stock></item>
  <item sku="AC-1002"><name>Toaster</name><stock>4</stock></item>
</feed>"""
)
