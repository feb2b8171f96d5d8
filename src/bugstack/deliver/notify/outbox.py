"""Sending notifications in the background, with a few retries, so that nobody waits on them.

The server tells a project's channels about new and regressed issues right after an
ingest batch commits. A webhook that hangs or an SMTP server that is down must neither
slow the ingest nor fail it, so :meth:`Outbox.post` only queues. Sender threads deliver.

* Each channel of a notification is a job of its own, and a channel has at most one send
  in flight: a channel that hangs holds one sender, never all of them, so the other
  channels (and projects) keep getting their messages.
* A failed send is retried after growing delays, a bounded number of times; then the
  failure is logged and dropped.
* The queue is in memory and bounded: a notification is a courtesy, not a record (the
  issue itself is stored), so when the queue is full new jobs are refused and logged
  rather than letting a dead endpoint grow the server's memory without end.
"""

from __future__ import annotations

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
    channel: str = field(compare=False)
    notifier: Notifier = field(compare=False)
    notification: Notification = field(compare=False)
    tries: int = field(compare=False, default=0)


class Outbox:
    def __init__(
        self,
        *,
        retry_delays: Sequence[float] = (5.0, 30.0, 120.0),
        capacity: int = 1000,
        senders: int = 4,
        on_result: Callable[[Notification, list[ChannelResult]], None] | None = None,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self._delays = tuple(retry_delays)
        self._capacity = capacity
        self._on_result = on_result
        self._clock = clock
        self._jobs: list[_Job] = []
        self._sending: set[str] = set()  # channels with a send in flight
        self._seq = itertools.count()
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
        """Queue the notification for each channel that wants it; False when some could
        not be queued (the queue is full, logged, or the outbox is stopping)."""
        with self._cond:
            if self._stopping:
                return False
            queued = True
            for channel in notifier.wanting(notification.kind):
                if len(self._jobs) >= self._capacity:
                    self.refused += 1
                    queued = False
                    log.warning("notification outbox full (%d waiting): %s for project %s "
                                "to %s dropped", len(self._jobs), notification.kind,
                                notification.project, channel)
                    continue
                self._jobs.append(_Job(self._clock(), next(self._seq), channel, notifier,
                                       notification))
            self._cond.notify_all()
        return queued

    def idle(self) -> bool:
        """Nothing queued and nothing being sent."""
        with self._cond:
            return not self._jobs and not self._sending

    def _next(self) -> _Job | None:
        with self._cond:
            while not self._stopping:
                free = [job for job in self._jobs if job.channel not in self._sending]
                if free:
                    job = min(free)
                    wait = job.due - self._clock()
                    if wait <= 0:
                        self._jobs.remove(job)
                        self._sending.add(job.channel)
                        return job
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
                    self._sending.discard(job.channel)
                    self._cond.notify_all()

    def _send(self, job: _Job) -> None:
        results = job.notifier.send(job.notification, only=(job.channel,))
        if self._on_result is not None:
            self._on_result(job.notification, results)
        failed = next((r for r in results if not r.ok), None)
        if failed is None:
            return
        job.tries += 1
        kind, project = job.notification.kind, job.notification.project
        if job.tries > len(self._delays):
            log.warning("project %s: %s notification to %s failed %d times, given up: %s",
                        project, kind, job.channel, job.tries, failed.error)
            return
        delay = self._delays[job.tries - 1]
        log.info("project %s: %s notification to %s failed (%s); retrying in %.0fs",
                 project, kind, job.channel, failed.error, delay)
        job.due = self._clock() + delay
        with self._cond:
            if not self._stopping:
                self._jobs.append(job)
                self._cond.notify_all()
