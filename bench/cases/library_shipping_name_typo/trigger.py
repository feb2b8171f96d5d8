"""The first order from Austria reaches the checkout."""

from shipping.rates import shipping_cents

shipping_cents(2.6, "AT")
