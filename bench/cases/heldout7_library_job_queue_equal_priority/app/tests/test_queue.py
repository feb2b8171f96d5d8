import pytest

from taskq.batch import queue_mailing
from taskq.queue import BULK, URGENT, JobQueue


def test_priority_order() -> None:
    queue = JobQueue()
    queue.push({"kind": "report"}, BULK)
    queue.push({"kind": "reset-password"}, URGENT)
    assert queue.drain() == [{"kind": "reset-password"}, {"kind": "report"}]


def test_empty_queue() -> None:
    with pytest.raises(IndexError):
        JobQueue().pop()


def test_mailing_of_one() -> None:
    queue = JobQueue()
    assert queue_mailing(queue, ["ann@example.com"], "Hello") == 1
    assert queue.pop() == {"kind": "email", "to": "ann@example.com", "subject": "Hello"}
