from decimal import Decimal

from quotes.model import Item
from quotes.render import render_line, render_quote


def test_line_on_request() -> None:
    assert render_line(Item("Fitted wardrobe", 1, None)) == "Fitted wardrobe                1  on request  on request"


def test_quote_with_a_line_on_request() -> None:
    text = render_quote(
        "Mr Lindqvist",
        [Item("Oak shelf 80 cm", 2, Decimal("42.50")), Item("Fitted wardrobe", 1, None), Item("Handles", 4, Decimal("3.25"))],
    )
    assert text.splitlines() == [
        "Quote for Mr Lindqvist",
        "",
        "Oak shelf 80 cm                2       42.50       85.00",
        "Fitted wardrobe                1  on request  on request",
        "Handles                        4        3.25       13.00",
        "",
        "Total                                              98.00",
        "",
        "Lines marked 'on request' are priced after a site visit and are not in the total.",
    ]
