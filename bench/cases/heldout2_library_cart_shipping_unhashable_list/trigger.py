"""A shopper adds a lamp to a cart that holds two mugs; the sidebar refreshes its estimate."""

from parcels.checkout import Cart, Line, estimate_cart

estimate_cart(Cart("domestic", [Line("MUG", 2, 0.6), Line("LAMP", 1, 4.5)]))
