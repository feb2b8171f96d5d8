"""Queueing the e-mails of a mailing in one go."""

from __future__ import annotations

from taskq.queue import BULK, URGENT, JobQueue


def queue_mailing(queue: JobQueue, recipients: list[str], subject: str, vip: frozenset[str] = frozenset()) -> int:
    """One send job per recipient; VIPs' mails are urgent, everyone else's bulk."""
    for address in recipients:
        priority = URGENT if address in vip else BULK
        queue.push({"kind": "email", "to": address, "subject": subject}, priority)
    return len(recipients)
