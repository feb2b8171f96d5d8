from __future__ import annotations

from dataclasses import dataclass

from jobqueue.backoff import retry_delay


@dataclass
class Job:
    name: str
    attempts: int = 0
    #: Seconds since the queue started at which the job may run again.
    not_before: float = 0.0


def record_failure(job: Job, now: float) -> Job:
    """Counts the failed attempt and schedules the next one."""
    job.attempts += 1
    job.not_before = now + retry_delay(job.attempts)
    return job
