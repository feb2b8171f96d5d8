"""The quote as the customer reads it (e-mailed as plain text, so columns are padded)."""

from __future__ import annotations

from quotes.model import Item, line_amount, quote_total

#: What the price and amount columns say for an item priced on request (never 0.00:
#: customers read a zero as "free" and hold us to it).
PRICE_ON_REQUEST = "on request"

#: Closing line of a quote that has at least one line priced on request.
ON_REQUEST_NOTE = "Lines marked 'on request' are priced after a site visit and are not in the total."


def render_line(item: Item) -> str:
    """One line: name, quantity, unit price, amount; both prices read PRICE_ON_REQUEST for
    an item priced on request."""
    return f"{item.name:<28}{item.quantity:>4}{item.unit_price:>12.2f}{line_amount(item):>12.2f}"


def render_quote(customer: str, items: list[Item]) -> str:
    lines = [f"Quote for {customer}", ""]
    lines += [render_line(item) for item in items]
    lines += ["", f"{'Total':<44}{quote_total(items):>12.2f}"]
    if any(item.unit_price is None for item in items):
        lines += ["", ON_REQUEST_NOTE]
    return "\n".join(lines) + "\n"
