"""The shop's cart.

The cart lives in the signed session cookie as ``{sku: quantity}``. Flask saves the session
only when a top-level key is set, so every view that changes the cart assigns
``session["cart"]`` again.
"""

from __future__ import annotations

import os
from decimal import Decimal

from flask import Flask, session

from teashop.catalog import PRODUCTS

app = Flask(__name__)
app.secret_key = os.environ.get("TEASHOP_SECRET_KEY", "development-only-key")


def _summary(cart: dict[str, int]) -> dict[str, object]:
    lines = [
        {"sku": sku, "name": PRODUCTS[sku].name, "quantity": quantity}
        for sku, quantity in sorted(cart.items())
    ]
    total = sum((PRODUCTS[sku].price * quantity for sku, quantity in cart.items()), Decimal("0"))
    return {"lines": lines, "items": sum(cart.values()), "total": f"{total:.2f}"}


@app.get("/")
def home():
    session.setdefault("cart", {})
    return {"products": sorted(PRODUCTS)}


@app.get("/cart")
def show_cart():
    """A visitor who has not added anything has an empty cart."""
    return _summary(session.get("cart", {}))


@app.post("/cart/<sku>")
def add_to_cart(sku: str):
    """The product page's "Add to cart" button: one more of ``sku``."""
    if sku not in PRODUCTS:
        return {"error": "unknown product"}, 404
    cart = session["cart"]
    cart[sku] = cart.get(sku, 0) + 1
    session["cart"] = cart
    return _summary(cart), 201


@app.delete("/cart/<sku>")
def remove_from_cart(sku: str):
    cart = session.get("cart", {})
    cart.pop(sku, None)
    session["cart"] = cart
    return _summary(cart)
