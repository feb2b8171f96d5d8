"""Reading the test-report export of our CI provider (``reports/tests.json``, format 1).

::

    {"pipeline": 4812, "branch": "main",
     "tests": [{"name": "tests/test_api.py::test_login", "outcome": "passed", "duration": 1.84},
               {"name": "tests/test_sync.py::test_s3", "outcome": "skipped", "duration": null},
               ...]}

``outcome`` is ``passed``, ``failed`` or ``skipped``; ``duration`` is in seconds, and is
null for a skipped test, which never ran.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True)
class Digest:
    pipeline: int
    passed: int
    failed: int
    skipped: int
    #: Seconds spent in the tests that ran (passed or failed).
    total_seconds: float
    #: Mean duration of a test that ran; 0.0 when none did.
    mean_seconds: float
    #: The slowest tests that ran, slowest first: (name, seconds).
    slowest: list[tuple[str, float]] = field(default_factory=list)


def summarise(report: dict[str, Any], top: int = 3) -> Digest:
    tests = report["tests"]
    outcomes = Counter(t["outcome"] for t in tests)
    timed = [(t["name"], t["duration"]) for t in tests]
    total = sum(seconds for _, seconds in timed)
    mean = total / len(timed) if timed else 0.0
    slowest = sorted(timed, key=lambda pair: pair[1], reverse=True)[:top]
    return Digest(
        pipeline=report["pipeline"],
        passed=outcomes["passed"],
        failed=outcomes["failed"],
        skipped=outcomes["skipped"],
        total_seconds=round(total, 2),
        mean_seconds=round(mean, 2),
        slowest=slowest,
    )


def render(digest: Digest) -> str:
    """The comment posted on the pull request."""
    lines = [
        f"Pipeline #{digest.pipeline}: {digest.passed} passed, {digest.failed} failed, {digest.skipped} skipped",
        f"Test time {digest.total_seconds:.1f} s (mean {digest.mean_seconds:.2f} s per test that ran)",
    ]
    if digest.slowest:
        lines.append("Slowest: " + ", ".join(f"{name} ({seconds:.1f} s)" for name, seconds in digest.slowest))
    return "\n".join(lines)
