"""The background worker: a bounded queue and one daemon thread that drains it.

``submit`` never blocks: when the queue is full (``max_queue`` items, or ``max_bytes`` by
the items' ``weigh``) the item is dropped and counted. The
thread starts on the first item, not at ``init``, so a process that forks workers after
``init`` (gunicorn with ``--preload``, uvicorn's ``--workers``) does not fork a thread
it cannot use; after a fork the child starts afresh with an empty queue of its own.
"""

from __future__ import annotations

import logging
import os
import threading
import time
from collections import deque
from collections.abc import Callable
from typing import Generic, TypeVar

__all__ = ["Worker"]

logger = logging.getLogger("bugstack.sdk")

T = TypeVar("T")


class Worker(Generic[T]):
    def __init__(self, handle: Callable[[T], None], max_queue: int,
                 on_drop: Callable[[], None], *, weigh: Callable[[T], int] | None = None,
                 max_bytes: int | None = None) -> None:
        self._handle = handle
        self._max_queue = max(1, max_queue)
        self._on_drop = on_drop
        self._weigh = weigh
        self._max_bytes = max_bytes
        self._reset()

    def _reset(self) -> None:
        self._items: deque[tuple[T, int]] = deque()
        self._bytes = 0  # the weight of what is queued or being handled
        self._condition = threading.Condition(threading.Lock())
        self._pending = 0  # queued plus the one being handled
        self._thread: threading.Thread | None = None
        self._pid = os.getpid()
        self._closed = False

    def after_fork_in_child(self) -> None:
        self._reset()

    def submit(self, item: T) -> bool:
        # Weighed only when the worker is behind, the one time the budget can matter: an
        # item that finds the queue empty always gets in, and counts as nothing. The read
        # of _pending outside the lock may be stale; the budget is an estimate anyway.
        weight = self._weigh(item) if self._weigh is not None and self._pending else 0
        with self._condition:
            over_budget = (self._max_bytes is not None and self._pending > 0
                           and self._bytes + weight > self._max_bytes)
            if self._closed or len(self._items) >= self._max_queue or over_budget:
                dropped = True
            else:
                dropped = False
                self._items.append((item, weight))
                self._bytes += weight
                self._pending += 1
                self._ensure_thread()
                self._condition.notify()
        if dropped:
            self._on_drop()
        return not dropped

    def _ensure_thread(self) -> None:
        if self._thread is not None and self._thread.is_alive() and self._pid == os.getpid():
            return
        self._pid = os.getpid()
        self._thread = threading.Thread(target=self._run, name="bugstack-worker", daemon=True)
        self._thread.start()

    def _run(self) -> None:
        while True:
            with self._condition:
                while not self._items:
                    if self._closed:
                        return
                    self._condition.wait()
                item, weight = self._items.popleft()
            try:
                self._handle(item)
            except Exception:  # one bad event must not stop the worker
                logger.debug("bugstack: failed to process an event", exc_info=True)
            finally:
                del item  # its weight is released below: nothing may still hold it
                with self._condition:
                    self._pending -= 1
                    self._bytes -= weight
                    self._condition.notify_all()

    def flush(self, timeout: float) -> bool:
        """Wait until every submitted item is handled; False if ``timeout`` ran out."""
        deadline = time.monotonic() + max(timeout, 0.0)
        with self._condition:
            if self._pid != os.getpid():
                return True
            while self._pending:
                remaining = deadline - time.monotonic()
                if remaining <= 0:
                    return False
                self._condition.wait(remaining)
        return True

    def close(self, timeout: float) -> bool:
        drained = self.flush(timeout)
        with self._condition:
            self._closed = True
            self._condition.notify_all()
        return drained

    @property
    def queued(self) -> int:
        return len(self._items)
