"""An in-memory priority queue of jobs for the worker pool."""

from __future__ import annotations

import heapq
from typing import Any

#: Priorities: lower runs first.
URGENT, NORMAL, BULK = 0, 5, 9

Job = dict[str, Any]


class JobQueue:
    """Jobs come out lowest priority number first; jobs of equal priority come out in
    the order they were pushed (first in, first out)."""

    def __init__(self) -> None:
        self._heap: list[tuple[int, Job]] = []

    def __len__(self) -> int:
        return len(self._heap)

    def push(self, job: Job, priority: int = NORMAL) -> None:
        heapq.heappush(self._heap, (priority, job))

    def pop(self) -> Job:
        """The next job to run; IndexError when the queue is empty."""
        return heapq.heappop(self._heap)[-1]

    def drain(self) -> list[Job]:
        return [self.pop() for _ in range(len(self))]
