"""What CI said about a fix, in the form the fix engine's second attempt can use.

When the project's CI fails on bugstack's pull request, the pipeline runs the engine once
more with a :class:`CiFeedback`:

* the fix CI rejected is not proposed again (:class:`WithoutRejected` wraps the engine's
  candidate strategies and drops a candidate whose change is the rejected one), so the
  engine moves on to its next candidate;
* the tests CI reported failing (pytest node ids found in the checks' output,
  :func:`failing_tests`) must pass with the new fix, when they exist in the repository
  and pass on the code before the fix (:func:`ci_tests_hold`); a candidate that breaks
  one is rejected in turn and the engine looks again.

Kept apart from the engine's own modules so the engine imports it only on a retry.
"""

from __future__ import annotations

import dataclasses
import json
import re
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from bugstack.domain import CrashSite
    from bugstack.repair.analyse import Analysis
    from bugstack.repair.candidates import Candidate, Strategy
    from bugstack.repair.pipeline import FixRequest, FixRun

__all__ = ["CiFeedback", "WithoutRejected", "changed_lines", "ci_tests_hold", "failing_tests",
           "run_fix_with_feedback"]

#: Engine runs within one retry: a candidate that breaks CI's tests sends the engine to
#: the next one, a bounded number of times.
ROUNDS = 3

#: pytest's summary lines (``FAILED tests/test_x.py::test_y - AssertionError``) and its
#: per-test progress lines (``tests/test_x.py::test_y FAILED``).
_SUMMARY = re.compile(r"^(?:FAILED|ERROR)\s+(\S+\.py(?:::\S+)?)", re.MULTILINE)
_PROGRESS = re.compile(r"^(\S+\.py::\S+)\s+(?:FAILED|ERROR)\b", re.MULTILINE)
#: A log line's timestamp or prefix, as GitHub Actions and GitLab put before each line.
_PREFIX = re.compile(r"^\S*\d{4}-\d\d-\d\dT\S+\s+", re.MULTILINE)
_MAX_TESTS = 20


def failing_tests(output: str) -> tuple[str, ...]:
    """The pytest node ids CI reported failing, in the order it reported them."""
    text = _PREFIX.sub("", output)
    found: list[str] = []
    for match in [*_SUMMARY.finditer(text), *_PROGRESS.finditer(text)]:
        node = match.group(1).strip()
        if node not in found and ".." not in node and not node.startswith("/"):
            found.append(node)
    return tuple(found[:_MAX_TESTS])


def changed_lines(patch: str) -> tuple[str, ...]:
    """A patch's added and removed lines, whitespace-trimmed: equal for the same change
    whatever its context lines or hunk offsets."""
    return tuple(
        line[0] + line[1:].strip() for line in patch.splitlines()
        if line[:1] in "+-" and not line.startswith(("+++", "---"))
    )


@dataclass(frozen=True, slots=True)
class CiFeedback:
    #: The failing checks' names and output, as the forge gave them.
    output: str
    #: Fixes CI (or the CI tests, here) rejected, as unified diffs.
    rejected_patches: tuple[str, ...] = ()
    #: The tests CI reported failing, as pytest node ids.
    tests: tuple[str, ...] = ()

    @classmethod
    def from_ci(cls, output: str, rejected_patch: str) -> CiFeedback:
        return cls(output=output, rejected_patches=(rejected_patch,),
                   tests=failing_tests(output))

    def rejecting(self, patch: str) -> CiFeedback:
        return CiFeedback(self.output, (*self.rejected_patches, patch), self.tests)

    def to_json(self) -> dict[str, Any]:
        return {"output": self.output, "rejected_patches": list(self.rejected_patches),
                "tests": list(self.tests)}

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> CiFeedback:
        return cls(output=str(data.get("output") or ""),
                   rejected_patches=tuple(str(p) for p in data.get("rejected_patches") or ()),
                   tests=tuple(str(t) for t in data.get("tests") or ()))

    def save(self, path: Path) -> None:
        path.write_text(json.dumps(self.to_json()), encoding="utf-8")

    @classmethod
    def load(cls, path: Path) -> CiFeedback:
        return cls.from_json(json.loads(path.read_text(encoding="utf-8")))


class WithoutRejected:
    """A candidate strategy that proposes what ``inner`` does, minus the rejected fixes."""

    def __init__(self, inner: Strategy, rejected: Sequence[str]) -> None:
        self.inner = inner
        self.name = inner.name
        self._rejected = {changed_lines(patch) for patch in rejected}

    def propose(self, site: CrashSite, analysis: Analysis) -> list[Candidate]:
        return [candidate for candidate in self.inner.propose(site, analysis)
                if changed_lines(candidate.diff()) not in self._rejected]


def _node_file(node: str) -> str:
    return node.split("::", 1)[0]


def ci_tests_hold(repo: Path, release: str | None, edits: dict[str, str],
                  tests: Sequence[str], timeout: float) -> tuple[bool, str]:
    """Whether the CI tests that pass on the code before the fix pass with ``edits`` too.

    Runs in a fresh copy of ``repo`` at ``release`` (the event's commit), in the sandbox.
    A test that is not in the repository, or fails before the fix as well, cannot tell
    anything about the fix and is left out (said in the returned text)."""
    from bugstack.repair.verify import applied, run_suite
    from bugstack.repair.workspace import find_interpreter, prepare_workspace

    workspace = prepare_workspace(repo, release)
    try:
        present = [t for t in tests if (workspace.path / _node_file(t)).is_file()]
        if not present:
            return True, "none of the tests CI reported is in the repository"
        argv = [find_interpreter(repo), "-m", "pytest", "-q", *present]
        before = run_suite(workspace.path, argv, timeout)
        with applied(workspace.path, edits):
            after = run_suite(workspace.path, argv, timeout)
    finally:
        workspace.remove()
    if not (before.parsed and after.parsed):
        held = after.returncode == 0 or before.returncode != 0
        return held, f"CI's tests {' '.join(present)}: exit {before.returncode} before the " \
                     f"fix, {after.returncode} with it"
    broken = sorted(before.passed - after.passed)
    old = sorted(before.failed)
    note = f"; failing before the fix too: {', '.join(old)}" if old else ""
    if broken:
        return False, f"breaks CI's {', '.join(broken)}{note}"
    return True, f"CI's {len(after.passed)} reported test(s) pass with the fix{note}"


def run_fix_with_feedback(request: FixRequest, feedback: CiFeedback,
                          rounds: int = ROUNDS) -> FixRun:
    """The engine's run, knowing what CI said: never the rejected fixes, and a fix must
    keep CI's reported tests passing (else it is rejected too and the engine looks again,
    up to ``rounds`` runs within the request's budget)."""
    from bugstack.domain import ErrorEvent, FixStatus
    from bugstack.repair.candidates import default_strategies
    from bugstack.repair.pipeline import run_fix

    strategies = request.strategies if request.strategies is not None \
        else default_strategies()
    release = ErrorEvent.from_dict(request.event).release
    deadline = time.monotonic() + request.budget
    notes: list[str] = []
    run = None
    for _ in range(max(rounds, 1)):
        request.strategies = [WithoutRejected(s, feedback.rejected_patches) for s in strategies]
        request.budget = max(deadline - time.monotonic(), 1.0)
        run = run_fix(request)
        if run.proposal.status is not FixStatus.FIXED or not feedback.tests:
            break
        held, note = ci_tests_hold(request.repo, release, run.edits, feedback.tests,
                                   request.timeout)
        notes.append(note)
        if held:
            break
        feedback = feedback.rejecting(run.proposal.patch)
        run.proposal = dataclasses.replace(
            run.proposal, status=FixStatus.NOT_FIXED,
            explanation=f"{run.proposal.explanation} CI's tests rejected it: {note}.")
        if time.monotonic() >= deadline:
            break
    assert run is not None
    checks = {**run.proposal.checks, "ci_retry": {
        "rejected": len(feedback.rejected_patches), "ci_tests": list(feedback.tests),
        "notes": notes}}
    run.proposal = dataclasses.replace(run.proposal, checks=checks)
    return run
