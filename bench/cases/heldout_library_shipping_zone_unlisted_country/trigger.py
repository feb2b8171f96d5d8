"""The checkout asks for a quote to a customer in Canada."""

from decimal import Decimal

from shipping.zones import quote

quote("CA", Decimal("0.8"))
