"""The payment provider redirects back after charging the card for order 1."""

from shop import create_app

create_app().test_client().post("/orders/1/pay")
