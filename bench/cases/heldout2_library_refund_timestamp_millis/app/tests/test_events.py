from datetime import datetime, timezone

from paylane.events import parse_payment
from paylane.report import refunds_between, takings_between

NOV = datetime(2024, 11, 1, tzinfo=timezone.utc)
DEC = datetime(2024, 12, 1, tzinfo=timezone.utc)

PAID = {"id": "pay_1", "amount": 2500, "currency": "eur", "created": 1732550400000, "refunded": None}


def test_parse_payment() -> None:
    payment = parse_payment(PAID)
    assert payment.created == datetime(2024, 11, 25, 16, 0, tzinfo=timezone.utc)
    assert payment.currency == "EUR"
    assert payment.refunded_at is None


def test_milliseconds_are_kept() -> None:
    payment = parse_payment({**PAID, "created": 1732550400250})
    assert payment.created.microsecond == 250000


def test_takings() -> None:
    payments = [parse_payment(PAID), parse_payment({**PAID, "id": "pay_2", "created": 1733011200000})]
    assert takings_between(payments, NOV, DEC) == 2500


def test_no_refunds() -> None:
    assert refunds_between([parse_payment(PAID)], NOV, DEC) == []
