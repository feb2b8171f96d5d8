import datetime

from outbox.deliveries import due, new_delivery, record_failure

UTC = datetime.timezone.utc


def test_retry_is_scheduled_in_utc_after_the_backoff() -> None:
    delivery = new_delivery("https://hooks.partner.example/orders", b"{}")
    before = datetime.datetime.now(UTC)
    record_failure(delivery)
    after = datetime.datetime.now(UTC)
    assert delivery.attempts == 1 and not delivery.dead
    assert delivery.next_attempt_at is not None
    assert delivery.next_attempt_at.utcoffset() == datetime.timedelta(0)
    assert before + datetime.timedelta(seconds=30) <= delivery.next_attempt_at <= after + datetime.timedelta(seconds=30)


def test_retried_delivery_becomes_due_after_the_backoff() -> None:
    delivery = new_delivery("https://hooks.partner.example/orders", b"{}")
    record_failure(delivery)
    record_failure(delivery)
    now = datetime.datetime.now(UTC)
    assert due([delivery], now) == []
    assert due([delivery], now + datetime.timedelta(seconds=121)) == [delivery]
