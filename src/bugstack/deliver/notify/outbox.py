"""Sending notifications in the background, with a few retries, so that nobody waits on them.

The server tells a project's channels about new and regressed issues right after an
ingest batch commits. A webhook that hangs or an SMTP server that is down must neither
slow the ingest nor fail it, so :meth:`Outbox.post` only queues. Sender threads deliver,
and retry the channels that failed (only those: the others already have the message)
after growing delays, a bounded number of times; then the failure is logged and dropped.

The queue is in memory and bounded: a notification is a courtesy, not a record (the issue
itself is stored), so when the queue is full the newest is refused and logged rather than
letting a dead endpoint grow the server's memory without end.
"""

from __future__ import annotations

import heapq
import itertools
import logging
import threading
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from bugstack.deliver.notify.dispatch import Notifier
from bugstack.deliver.notify.message import ChannelResult, Notification

__all__ = ["Outbox"]

log = logging.getLogger("bugstack.notify")


@dataclass(order=True)
class _Job:
    due: float
    seq: int
    notifier: Notifier = field(compare=False)
    notification: Notification = field(compare=False)
    #: The channels still owed the message; None: every channel that wants it.
    only: frozenset[str] | None = field(compare=False, default=None)
    tries: int = field(compare=False, default=0)


class Outbox:
    def __init__(
        self,
        *,
        retry_delays: Sequence[float] = (5.0, 30.0, 120.0),
        capacity: int = 1000,
        senders: int = 2,
        on_result: Callable[[Notification, list[ChannelResult]], None] | None = None,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self._delays = tuple(retry_delays)
        self._capacity = capacity
        self._on_result = on_result
        self._clock = clock
        self._heap: list[_Job] = []
        self._seq = itertools.count()
        self._busy = 0
        self._cond = threading.Condition()
        self._stopping = False
        self._threads = [threading.Thread(target=self._run, name=f"bugstack-notify-{n}",
                                          daemon=True) for n in range(senders)]
        self.refused = 0

    def start(self) -> None:
        for thread in self._threads:
            thread.start()

    def stop(self, timeout: float = 5.0) -> None:
        """Stop sending; what is still queued is dropped (a sender stuck on a hanging
        endpoint is a daemon thread and is not waited for beyond ``timeout``)."""
        with self._cond:
            self._stopping = True
            self._cond.notify_all()
        deadline = time.monotonic() + timeout
        for thread in self._threads:
            if thread.is_alive():
                thread.join(max(0.0, deadline - time.monotonic()))

    def post(self, notifier: Notifier, notification: Notification) -> bool:
        """Queue a notification; False when the queue is full (logged) or stopping."""
        with self._cond:
            if self._stopping:
                return False
            if len(self._heap) >= self._capacity:
                self.refused += 1
                log.warning("notification outbox full (%d waiting): %s for project %s "
                            "dropped", len(self._heap), notification.kind,
                            notification.project)
                return False
            heapq.heappush(self._heap, _Job(self._clock(), next(self._seq), notifier,
                                            notification))
            self._cond.notify()
        return True

    def idle(self) -> bool:
        """Nothing queued and nothing being sent."""
        with self._cond:
            return not self._heap and self._busy == 0

    def _next(self) -> _Job | None:
        with self._cond:
            while not self._stopping:
                if self._heap:
                    wait = self._heap[0].due - self._clock()
                    if wait <= 0:
                        self._busy += 1
                        return heapq.heappop(self._heap)
                    self._cond.wait(min(wait, 1.0))
                else:
                    self._cond.wait()
            return None

    def _run(self) -> None:
        while (job := self._next()) is not None:
            try:
                self._send(job)
            except Exception:  # a sender thread must survive anything a channel does
                log.exception("sending a %s notification failed", job.notification.kind)
            finally:
                with self._cond:
                    self._busy -= 1

    def _send(self, job: _Job) -> None:
        results = job.notifier.send(job.notification, only=job.only)
        if self._on_result is not None:
            self._on_result(job.notification, results)
        failed = [r for r in results if not r.ok]
        if not failed:
            return
        job.tries += 1
        kind, project = job.notification.kind, job.notification.project
        if job.tries > len(self._delays):
            for result in failed:
                log.warning("project %s: %s notification to %s failed %d times, given up: "
                            "%s", project, kind, result.channel, job.tries, result.error)
            return
        delay = self._delays[job.tries - 1]
        for result in failed:
            log.info("project %s: %s notification to %s failed (%s); retrying in %.0fs",
                     project, kind, result.channel, result.error, delay)
        job.only = frozenset(r.channel for r in failed)
        job.due = self._clock() + delay
        with self._cond:
            if not self._stopping:
                heapq.heappush(self._heap, job)
                self._cond.notify()
