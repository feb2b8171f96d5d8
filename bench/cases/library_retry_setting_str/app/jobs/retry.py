"""Retry policy for background jobs, configurable per queue from the environment."""

import os
from dataclasses import dataclass


@dataclass(frozen=True)
class Policy:
    max_attempts: int
    backoff_seconds: float


def policy_for(queue: str) -> Policy:
    """``JOBS_<QUEUE>_MAX_ATTEMPTS`` and ``JOBS_<QUEUE>_BACKOFF`` override the defaults (3, 2.0)."""
    prefix = f"JOBS_{queue.upper()}_"
    return Policy(
        max_attempts=os.environ.get(prefix + "MAX_ATTEMPTS", 3),
        backoff_seconds=float(os.environ.get(prefix + "BACKOFF", 2.0)),
    )


def should_retry(queue: str, attempt: int) -> bool:
    """Whether a job that failed on ``attempt`` (1-based) gets another try."""
    return not attempt >= policy_for(queue).max_attempts


def delay(queue: str, attempt: int) -> float:
    return policy_for(queue).backoff_seconds * 2 ** (attempt - 1)
