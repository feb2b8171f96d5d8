import datetime

from outbox.deliveries import MAX_ATTEMPTS, backoff, due, new_delivery, record_failure


def test_new_delivery_is_due_now() -> None:
    delivery = new_delivery("https://example.com/hook", b"{}")
    assert due([delivery], datetime.datetime.now(datetime.timezone.utc)) == [delivery]


def test_backoff_grows_then_repeats() -> None:
    assert [backoff(n).total_seconds() for n in (1, 2, 3, 4, 5, 9)] == [30, 120, 600, 3600, 3600, 3600]


def test_dead_after_max_attempts() -> None:
    delivery = new_delivery("https://example.com/hook", b"{}")
    delivery.attempts = MAX_ATTEMPTS - 1
    record_failure(delivery)
    assert delivery.dead and delivery.next_attempt_at is None
