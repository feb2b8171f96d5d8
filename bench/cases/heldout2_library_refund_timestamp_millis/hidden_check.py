from datetime import datetime, timezone

from paylane.events import parse_payment
from paylane.report import refunds_between

NOV = datetime(2024, 11, 1, tzinfo=timezone.utc)
DEC = datetime(2024, 12, 1, tzinfo=timezone.utc)


def test_refund_time_is_read_in_milliseconds() -> None:
    payment = parse_payment(
        {"id": "pay_93", "amount": 4900, "currency": "eur", "created": 1732550400000, "refunded": 1732816800500}
    )
    assert payment.refunded_at == datetime(2024, 11, 28, 18, 0, 0, 500000, tzinfo=timezone.utc)
    assert payment.created == datetime(2024, 11, 25, 16, 0, tzinfo=timezone.utc)


def test_refund_is_in_the_monthly_report() -> None:
    payments = [
        parse_payment({"id": "a", "amount": 100, "currency": "eur", "created": 1732550400000, "refunded": 1733011199000}),
        parse_payment({"id": "b", "amount": 200, "currency": "eur", "created": 1732550400000, "refunded": 1732816800000}),
        parse_payment({"id": "c", "amount": 300, "currency": "eur", "created": 1732550400000, "refunded": 1733011200000}),
        parse_payment({"id": "d", "amount": 400, "currency": "eur", "created": 1732550400000}),
    ]
    assert [p.id for p in refunds_between(payments, NOV, DEC)] == ["b", "a"]
