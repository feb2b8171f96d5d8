"""Group commit: requests wait for the batch that stores them.

Requests hand their parsed events to one writer thread and wait. The writer takes
everything that queued up while it was writing the previous batch, stores it in one
transaction and then answers all of those requests. Under light load a batch is a single
request and adds no delay; under heavy load batches grow by themselves, and every event
answered 200 has been committed first.
"""

from __future__ import annotations

import asyncio
import logging
import queue
import threading
from collections.abc import Callable
from dataclasses import fields
from datetime import UTC, datetime

from bugstack.server.ingest._exceptions import Unavailable
from bugstack.server.ingest._ratelimit import RateLimiter
from bugstack.server.ingest._storage_errors import StorageFailure, classify
from bugstack.server.ingest._store import Accepted, BatchResult, Submission, store_batch
from bugstack.server.storage.database import Database

__all__ = ["BatchWriter"]

log = logging.getLogger("bugstack.ingest")

_STOP = object()


class BatchWriter:
    def __init__(
        self,
        database: Database,
        default_rate_per_minute: int,
        max_pending: int = 10_000,
        max_batch: int = 500,
        on_stored: Callable[[BatchResult], None] | None = None,
    ) -> None:
        self._database = database
        self._default_rate = default_rate_per_minute
        self._max_pending = max_pending
        self._max_batch = max_batch
        self._on_stored = on_stored
        self._queue: queue.SimpleQueue[object] = queue.SimpleQueue()
        self._limiter = RateLimiter()
        self._pending = 0
        self._lock = threading.Lock()
        self._thread = threading.Thread(target=self._run, name="bugstack-ingest-writer",
                                        daemon=True)
        self.failures = 0
        self.batches = 0

    def start(self) -> None:
        self._thread.start()

    def stop(self, timeout: float = 30.0) -> None:
        """Store everything already queued, then stop."""
        if self._thread.is_alive():
            self._queue.put(_STOP)
            self._thread.join(timeout)

    async def submit(self, submission: Submission) -> Accepted:
        with self._lock:
            if self._pending >= self._max_pending:
                raise Unavailable("ingest is overloaded; retry later")
            self._pending += 1
        loop = asyncio.get_running_loop()
        future: asyncio.Future[None] = loop.create_future()
        submission.waiter = (loop, future)
        self._queue.put(submission)
        await future
        outcome = submission.outcome
        if isinstance(outcome, Accepted):
            return outcome
        assert outcome is not None
        raise outcome

    def _store(self, batch: list[Submission]) -> BatchResult | None:
        """Store a batch, or answer each of its requests 503; never raises."""
        try:
            with self._database.engine.begin() as connection:
                result = store_batch(connection, batch, self._limiter, self._default_rate,
                                     datetime.now(UTC))
            self.batches += 1
            return result
        except Exception as exc:  # every request of the batch must be answered, never hung
            self.failures += 1
            # Nothing of the batch was stored: what it took from the rate limits goes back,
            # or the retries the 503 asks for would be refused 429.
            for submission in batch:
                self._limiter.refund(submission.project_id, submission.charged)
                submission.charged = 0
            failure = classify(exc)
            if failure is StorageFailure.BUG and len(batch) > 1:
                # Something in one request broke the batch: a bug to fix, but not every
                # other client's problem. Each request is tried alone, so only the one
                # that breaks is refused.
                log.exception("ingest batch of %d requests failed; storing them one by one",
                              len(batch))
                results = [self._store([submission]) for submission in batch]
                return _merge([r for r in results if r is not None])
            if failure is StorageFailure.BUG:
                log.exception("ingest request failed")
            else:  # the cause in one line: "storage full, 3 request(s) answered 503: …"
                log.warning("%s, %d request(s) answered 503: %s: %s", failure.value,
                            len(batch), exc.__class__.__name__, _first_line(exc))
            reason = ("the server's storage is full; nothing was stored, retry later"
                      if failure is StorageFailure.FULL else "storage is unavailable; retry later")
            for submission in batch:
                submission.outcome = Unavailable(reason)
            return None

    def _run(self) -> None:
        while True:
            item = self._queue.get()
            if item is _STOP:
                return
            batch = [item]
            stopping = False
            while len(batch) < self._max_batch:
                try:
                    more = self._queue.get_nowait()
                except queue.Empty:
                    break
                if more is _STOP:
                    stopping = True
                    break
                batch.append(more)
            self._write(batch)  # type: ignore[arg-type]
            if stopping:
                return

    def _write(self, batch: list[Submission]) -> None:
        result = self._store(batch)
        with self._lock:
            self._pending -= len(batch)
        if self._on_stored is not None and result is not None and (
            result.new_issues or result.regressed_issues or result.sightings
        ):
            try:
                self._on_stored(result)
            except Exception:
                log.exception("post-store hook failed")
        for submission in batch:
            loop, future = submission.waiter
            loop.call_soon_threadsafe(_wake, future)


def _merge(results: list[BatchResult]) -> BatchResult:
    return BatchResult(**{f.name: frozenset().union(*(getattr(r, f.name) for r in results))
                          for f in fields(BatchResult)})


def _first_line(exc: Exception) -> str:
    text = str(getattr(exc, "orig", None) or exc)
    return text.strip().splitlines()[0][:300] if text.strip() else ""


def _wake(future: asyncio.Future[None]) -> None:
    if not future.done():
        future.set_result(None)
