"""Per-test results from what a test command printed, when it writes no JUnit report.

``--test-command "python -m unittest"``, ``make test`` or a tox-like wrapper give no
report file, but unittest and pytest both print a summary that names the tests that
failed and counts the rest. Read from there, "no new failure" can still be judged test
by test: a test that failed before may keep failing, one that passed may not start to.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

__all__ = ["SuiteSummary", "parse_summary"]


@dataclass(slots=True)
class SuiteSummary:
    passed: int = 0
    failed: int = 0
    skipped: int = 0
    #: The names of the tests that failed or errored, as the runner printed them.
    failed_names: set[str] = field(default_factory=set)
    runner: str = ""

    @property
    def ran(self) -> int:
        return self.passed + self.failed


# unittest: "FAIL: test_total (tests.test_cart.CartTest.test_total)", then the counts.
_UNITTEST_FAILED = re.compile(r"^(?:FAIL|ERROR): (\S+) \(([\w.]+)\)", re.M)
_UNITTEST_RAN = re.compile(r"^Ran (\d+) tests? in [\d.]+s$", re.M)
_UNITTEST_RESULT = re.compile(r"^(OK|FAILED)(?: \(([^)]*)\))?\s*$", re.M)
# pytest: "FAILED tests/test_cart.py::test_total - AssertionError", then the counts line.
_PYTEST_FAILED = re.compile(r"^(?:FAILED|ERROR) (\S+::\S+)", re.M)
_PYTEST_COUNTS = re.compile(
    r"^(?:=+ )?((?:\d+ (?:passed|failed|errors?|skipped|xfailed|xpassed|deselected|warnings?)"
    r"(?:, )?)+) in [\d.]+s", re.M)


def _unittest(output: str) -> SuiteSummary | None:
    ran = _UNITTEST_RAN.findall(output)
    results = _UNITTEST_RESULT.findall(output)
    if not ran or not results:
        return None
    total = sum(int(n) for n in ran)
    counts: dict[str, int] = {}
    for _, detail in results:
        for part in filter(None, (p.strip() for p in detail.split(","))):
            key, _, value = part.partition("=")
            if value.isdigit():
                counts[key] = counts.get(key, 0) + int(value)
    failed = counts.get("failures", 0) + counts.get("errors", 0)
    skipped = counts.get("skipped", 0) + counts.get("expected failures", 0)
    names = {qualified if qualified.endswith(name) else f"{qualified}.{name}"
             for name, qualified in _UNITTEST_FAILED.findall(output)}
    return SuiteSummary(passed=max(total - failed - skipped, 0), failed=failed,
                        skipped=skipped, failed_names=names, runner="unittest")


def _pytest(output: str) -> SuiteSummary | None:
    lines = _PYTEST_COUNTS.findall(output)
    if not lines:
        return None
    summary = SuiteSummary(runner="pytest")
    for line in lines:  # several runs (tox environments, make targets) add up
        for number, word in re.findall(r"(\d+) (\w+)", line):
            if word == "passed":
                summary.passed += int(number)
            elif word in ("failed", "error", "errors"):
                summary.failed += int(number)
            elif word == "skipped":
                summary.skipped += int(number)
    summary.failed_names = set(_PYTEST_FAILED.findall(output))
    return summary


def parse_summary(output: str) -> SuiteSummary | None:
    """The summary a unittest or pytest run printed; ``None`` when neither is there, or
    when failures are counted that the output does not name (they cannot be compared)."""
    summary = _pytest(output) or _unittest(output)
    if summary is None:
        return None
    if summary.failed and len(summary.failed_names) < summary.failed:
        return None
    return summary
