from taskq.batch import queue_mailing
from taskq.queue import BULK, NORMAL, URGENT, JobQueue


def test_equal_priorities_come_out_first_in_first_out() -> None:
    queue = JobQueue()
    queue.push({"n": 3, "kind": "x"}, NORMAL)
    queue.push({"n": 1}, NORMAL)
    queue.push({"n": 0}, URGENT)
    queue.push({"n": 2, "kind": "a"}, NORMAL)
    queue.push({"n": 9}, BULK)
    assert [job["n"] for job in queue.drain()] == [0, 3, 1, 2, 9]


def test_mailing_keeps_list_order_within_a_priority() -> None:
    queue = JobQueue()
    recipients = ["zoe@example.com", "ann@example.com", "max@example.com", "bob@example.com"]
    assert queue_mailing(queue, recipients, "Spring", vip=frozenset({"max@example.com"})) == 4
    assert [job["to"] for job in queue.drain()] == [
        "max@example.com",
        "zoe@example.com",
        "ann@example.com",
        "bob@example.com",
    ]
