"""The dispatch worker texts a customer in Zurich that their parcel is on its way."""

from datetime import date
from decimal import Decimal

from noticefmt.templates import Order, delivery_sms

delivery_sms(Order("5531", "Lea", "de-CH", date(2024, 5, 3), Decimal("1249"), "CHF"))
