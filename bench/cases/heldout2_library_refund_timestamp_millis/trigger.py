"""The webhook receiver gets a payment.refunded event."""

from paylane.events import parse_payment

parse_payment(
    {"id": "pay_93", "amount": 4900, "currency": "eur", "created": 1732550400000, "refunded": 1732816800000}
)
