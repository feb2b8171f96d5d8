"""The task engine: Huey, on SQLite embedded and on PostgreSQL distributed.

One task exists, ``run_fix_attempt(attempt_id)``. Huey's dequeue is not acknowledged (a
worker killed mid-task loses the message), so the queue only *prompts* work; the
``fix_attempts`` row is the source of truth, and its lease decides who works on what (see
``records.py`` and ``reaper.py``). Enqueueing twice is therefore harmless.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from huey import PostgresHuey, SqliteHuey

from bugstack.pipeline.config import PipelineSettings

__all__ = ["TASK_NAME", "FixQueue"]

log = logging.getLogger("bugstack.pipeline")

TASK_NAME = "bugstack.run_fix_attempt"


class FixQueue:
    """Huey set up for one deployment; ``handler`` is what a worker runs per task."""

    def __init__(self, settings: PipelineSettings,
                 handler: Callable[[int], None] | None = None) -> None:
        self.settings = settings
        location = settings.queue_location
        if settings.server.is_sqlite:
            settings.data_dir.mkdir(parents=True, exist_ok=True)
            self.huey: Any = SqliteHuey("bugstack", filename=location, results=False,
                                        utc=True)
        else:
            self.huey = PostgresHuey("bugstack", dsn=location, results=False, utc=True,
                                     table_prefix="bugstack_queue")
        self._handler = handler

        def run_fix_attempt(attempt_id: int) -> None:
            if self._handler is None:
                raise RuntimeError("this process only enqueues fix jobs")
            self._handler(attempt_id)

        self._task = self.huey.task(name=TASK_NAME)(run_fix_attempt)

    def enqueue(self, attempt_id: int) -> None:
        self._task(attempt_id)

    def pending(self) -> int:
        return int(self.huey.pending_count())

    def consumer(self, workers: int) -> Any:
        """A Huey consumer running ``workers`` threads (the per-worker concurrency limit)."""
        return self.huey.create_consumer(workers=workers, worker_type="thread",
                                         periodic=False, initial_delay=0.1, max_delay=1.0,
                                         check_worker_health=True)

    def close(self) -> None:
        try:
            self.huey.storage.close()
        except Exception:  # closing is best effort; nothing was pending on this handle
            log.debug("closing the queue storage failed", exc_info=True)
