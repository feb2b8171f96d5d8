"""The sales desk quotes shelves and a fitted wardrobe, which is priced after a site visit."""

from decimal import Decimal

from quotes.model import Item
from quotes.render import render_quote

render_quote(
    "Mr Lindqvist",
    [Item("Oak shelf 80 cm", 2, Decimal("42.50")), Item("Fitted wardrobe", 1, None), Item("Handles", 4, Decimal("3.25"))],
)
