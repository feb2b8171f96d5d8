import pytest

from jobqueue.backoff import retry_delay
from jobqueue.worker import Job, record_failure


def test_very_late_attempts_wait_the_cap() -> None:
    assert retry_delay(1025) == 300.0
    assert retry_delay(5000) == 300.0
    assert retry_delay(10_000, base=2.0, cap=45.0) == 45.0


def test_early_attempts_unchanged() -> None:
    assert [retry_delay(n) for n in (1, 2, 3, 10)] == [0.5, 1.0, 2.0, 256.0]
    with pytest.raises(ValueError):
        retry_delay(0)


def test_job_failing_through_a_long_outage_is_rescheduled() -> None:
    job = record_failure(Job("push-orders", attempts=1100), now=1_000_000.0)
    assert job.attempts == 1101
    assert job.not_before == 1_000_300.0
