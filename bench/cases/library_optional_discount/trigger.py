"""A cart with one item that is not on sale is checked out."""

from decimal import Decimal

from pricing.cart import Line, cart_total

cart_total([Line("a", Decimal("10.00"), 2, Decimal("1.50")), Line("c", Decimal("3.20"), 3)])
