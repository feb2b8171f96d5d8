"""Stage 5: check a candidate in the sandbox against the reproduction and the app's suite.

A candidate holds when the reproduction no longer crashes (it returns, or raises only
the error the fix raises on purpose, such as a 404) and the app's own suite shows no new
failure compared with its run before any change: tests that failed already may keep
failing; a test that passed before and now fails, errors, is skipped or is gone counts
as a new failure.
"""

from __future__ import annotations

import re
import tempfile
import threading
import xml.etree.ElementTree as ET
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from bugstack.domain import SuiteCounts
from bugstack.repair.app_command import SuiteCommand, suite_command
from bugstack.repair.app_interpreter import has_pytest
from bugstack.repair.candidates import Candidate
from bugstack.repair.pytest_plugins import unused_plugin_args
from bugstack.repair.reproduce import Outcome, Scenario, run_probe
from bugstack.repair.sandbox import SandboxLimits, run_sandboxed
from bugstack.repair.suite_output import SuiteSummary, parse_summary

__all__ = [
    "SuiteRun",
    "applied",
    "new_failures",
    "probe_candidate",
    "run_suite",
    "suite_command",
]


@dataclass(slots=True)
class SuiteRun:
    returncode: int
    timed_out: bool
    seconds: float
    #: Per-test results when the command is pytest (parsed from its JUnit XML report).
    passed: set[str] = field(default_factory=set)
    failed: set[str] = field(default_factory=set)
    skipped: set[str] = field(default_factory=set)
    #: Failure text (message and traceback) of each failed test.
    failures: dict[str, str] = field(default_factory=dict)
    parsed: bool = False
    output: str = ""
    #: For a command with no JUnit report: the summary unittest or pytest printed.
    summary: SuiteSummary | None = None
    #: Why the command could not run at all (its program or interpreter is missing).
    could_not_run: str | None = None

    @property
    def counts(self) -> SuiteCounts:
        if not self.parsed and self.summary is not None:
            return SuiteCounts(passed=self.summary.passed, failed=self.summary.failed,
                               skipped=self.summary.skipped)
        return SuiteCounts(passed=len(self.passed), failed=len(self.failed),
                           skipped=len(self.skipped))

    def to_json(self) -> dict[str, object]:
        counts = self.counts
        return {"passed": counts.passed, "failed": counts.failed,
                "skipped": counts.skipped, "returncode": self.returncode,
                "timed_out": self.timed_out, "seconds": round(self.seconds, 3)}


def _is_pytest(argv: list[str]) -> bool:
    return any(part == "pytest" or part.endswith("/pytest") for part in argv[:3])


def _runnable(argv: list[str]) -> list[str]:
    """``python -m pytest [options] FILE...`` for an interpreter that has no pytest (a
    unittest-only app, whose regression test the engine writes as a ``TestCase``): the
    same files through ``python -m unittest``. Any other command is left as it is."""
    if argv[1:3] != ["-m", "pytest"] or has_pytest(argv[0]) is not False:
        return argv
    files = [part for part in argv[3:] if part.endswith(".py") and not part.startswith("-")]
    return [argv[0], "-m", "unittest", *files] if files else argv


#: What a shell, make, bwrap or the sandbox print when the command's program is missing.
_START_FAILURE = re.compile(
    r"(?:cannot start .*|.*No such file or directory.*|.*: (?:command )?not found"
    r"|.*python[\d.]*: No module named \S+)$", re.M)


def _start_failure(run: SuiteRun, output: str) -> str | None:
    """Why the command could not run at all, when its output says so and names no test."""
    if run.returncode == 0 or run.timed_out or run.parsed or run.summary is not None:
        return None
    found = _START_FAILURE.findall(output)
    return found[0].strip()[:300] if found else None


def _parse_junit(path: Path, run: SuiteRun) -> None:
    try:
        root = ET.parse(path).getroot()
    except (ET.ParseError, OSError):
        return
    for case in root.iter("testcase"):
        name = f"{case.get('classname', '')}::{case.get('name', '')}"
        tags = {child.tag for child in case}
        if tags & {"failure", "error"}:
            run.failed.add(name)
            run.failures[name] = "\n".join(
                f"{child.get('message', '')}\n{child.text or ''}" for child in case
                if child.tag in ("failure", "error"))
        elif "skipped" in tags:
            run.skipped.add(name)
        else:
            run.passed.add(name)
    run.parsed = True


def run_suite(workspace: Path, argv: list[str], timeout: float,
              extra: list[str] | None = None,
              cancel: threading.Event | None = None) -> SuiteRun:
    programs = argv.programs if isinstance(argv, SuiteCommand) else []
    inside = argv.inside if isinstance(argv, SuiteCommand) else {}
    argv = _runnable(list(argv))
    with tempfile.TemporaryDirectory(prefix="bugstack-suite-") as tmp:
        report = Path(tmp) / "report.xml"
        command = list(argv) + list(extra or [])
        if _is_pytest(argv):
            command += [f"--junitxml={report}", "-p", "no:cacheprovider",
                        *unused_plugin_args(workspace, argv[0])]
        result = run_sandboxed(command, workspace, SandboxLimits(timeout=timeout),
                               cancel=cancel, writable=[Path(tmp)], programs=programs,
                               inside=inside)
        run = SuiteRun(returncode=result.returncode, timed_out=result.timed_out,
                       seconds=result.seconds, output=(result.stdout + result.stderr)[-3000:])
        if _is_pytest(argv) and not result.timed_out:
            _parse_junit(report, run)
        if not run.parsed and not result.timed_out:
            run.summary = parse_summary(result.stdout + "\n" + result.stderr)
        run.could_not_run = _start_failure(run, result.stdout + "\n" + result.stderr)
    return run


def new_failures(before: SuiteRun, after: SuiteRun) -> list[str]:
    """Tests that passed before the change and do not pass after it."""
    if not (before.parsed and after.parsed) and before.summary and after.summary:
        return _new_failures_by_summary(before.summary, after.summary)
    if not (before.parsed and after.parsed):
        # Without per-test results only the exit status can be compared, and only a
        # command that succeeded before can show that nothing new fails.
        if before.could_not_run:
            return [f"the test command could not run ({before.could_not_run})"]
        if before.returncode != 0:
            return ["the test command failed before the change, so new failures cannot be "
                    "told from old ones"]
        return ["the test command now fails"] if after.returncode != 0 else []
    return sorted(before.passed - after.passed)


def _new_failures_by_summary(before: SuiteSummary, after: SuiteSummary) -> list[str]:
    """From printed summaries: tests failing now that did not fail before, and tests that
    passed before and are now missing or skipped (fewer passing than before, net of the
    new failures, means some disappeared)."""
    new = sorted(after.failed_names - before.failed_names)
    # A fix may make a test that failed before pass; the regression test adds one that
    # the command may or may not collect. Fewer passing than that allows is a loss.
    fixed_meanwhile = len(before.failed_names - after.failed_names)
    if after.passed < before.passed and after.passed + fixed_meanwhile < before.passed:
        new.append(f"{before.passed - after.passed} test(s) that passed before no longer "
                   f"pass (passed {before.passed} before, {after.passed} after)")
    elif after.skipped > before.skipped:
        new.append(f"{after.skipped - before.skipped} more test(s) skipped than before")
    return new


@contextmanager
def applied(root: Path, edits: Mapping[str, str]) -> Iterator[None]:
    """Apply whole-file edits to the workspace, restoring the originals afterwards."""
    saved: dict[str, str | None] = {}
    try:
        for rel, text in edits.items():
            target = root / rel
            saved[rel] = target.read_text(encoding="utf-8") if target.exists() else None
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_text(text, encoding="utf-8")
        yield
    finally:
        for rel, original in saved.items():
            target = root / rel
            if original is None:
                target.unlink(missing_ok=True)
            else:
                target.write_text(original, encoding="utf-8")


def probe_candidate(
    candidate: Candidate, scenario: Scenario, root: Path, python: str, timeout: float,
    crash_type: str, crash_path: str, crash_function: str | None,
) -> tuple[bool, Outcome, str]:
    """Run the reproduction against the candidate: (holds, outcome, reason)."""
    with applied(root, candidate.edits):
        outcome = run_probe(scenario, root, python, timeout)
    if outcome.timed_out:
        return False, outcome, "the reproduction timed out"
    if not outcome.ran:
        return False, outcome, "the reproduction could not run"
    if outcome.raised_in(crash_type, crash_path, crash_function):
        return False, outcome, f"still raises {crash_type}"
    if outcome.server_error:
        return False, outcome, f"answers {outcome.value.get('status')}"
    if outcome.raised:
        added = "".join(line for line in candidate.diff().splitlines() if line.startswith("+"))
        # A request's test client turns the framework's HTTP errors into responses; an
        # exception that gets through is a 500 in production, however deliberately raised.
        intended = outcome.exc_type is not None and outcome.exc_type in added \
            and scenario.kind != "request"
        status = outcome.value.get("status")
        if not intended and not (isinstance(status, int) and 400 <= status < 500):
            return False, outcome, f"now raises {outcome.exc_type}: {outcome.message[:120]}"
    return True, outcome, "the reproduction passes"
