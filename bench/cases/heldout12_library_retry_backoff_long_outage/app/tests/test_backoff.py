import pytest

from jobqueue.backoff import retry_delay
from jobqueue.worker import Job, record_failure


def test_doubles() -> None:
    assert [retry_delay(n) for n in (1, 2, 3, 4)] == [0.5, 1.0, 2.0, 4.0]


def test_capped() -> None:
    assert retry_delay(20) == 300.0
    assert retry_delay(200, base=1.0, cap=60.0) == 60.0


def test_attempts_are_one_based() -> None:
    with pytest.raises(ValueError):
        retry_delay(0)


def test_record_failure() -> None:
    job = record_failure(Job("sync-invoices", attempts=2), now=100.0)
    assert job.attempts == 3 and job.not_before == 102.0
