from decimal import Decimal

from quotes.model import Item, quote_total
from quotes.render import render_quote


def test_priced_quote() -> None:
    text = render_quote("Ms Okafor", [Item("Oak shelf 80 cm", 3, Decimal("42.50")), Item("Brackets (pair)", 3, Decimal("6.00"))])
    assert text.splitlines() == [
        "Quote for Ms Okafor",
        "",
        "Oak shelf 80 cm                3       42.50      127.50",
        "Brackets (pair)                3        6.00       18.00",
        "",
        "Total                                             145.50",
    ]


def test_total_leaves_out_lines_on_request() -> None:
    assert quote_total([Item("Fitted wardrobe", 1, None), Item("Handles", 4, Decimal("3.25"))]) == Decimal("13.00")
