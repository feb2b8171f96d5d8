"""The story of an issue's automatic fix, from the FixAttempt and FixStage rows the
pipeline writes: a timeline of stages, the proposal (explanation, diff, regression test,
checks before and after), and the delivery (pull request, CI, merge)."""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from bugstack.domain.fix import FixProposal
from bugstack.server.storage.models import FixAttempt, FixStage, Issue

__all__ = ["DiffLine", "FixStory", "Step", "diff_lines", "fix_stories", "latest_attempts"]

#: Pipeline stage names, in the order a fix goes through them, and how they read.
STAGE_LABELS = {
    "queued": "Queued",
    "workspace": "Workspace prepared",
    "reproduced": "Reproduced",
    "analysed": "Analysed",
    "candidates": "Candidates tried",
    "verified": "Verified",
    "delivered": "Pull request opened",
    "ci": "CI",
    "ci_retry": "One more attempt after CI failed",
    "pull_request": "Pull request changed",
    "merged": "Merged",
}

ACTIVE = {"queued", "running"}


@dataclass(frozen=True, slots=True)
class Step:
    label: str
    status: str
    at: datetime | None
    finished: datetime | None = None
    detail: str | None = None


@dataclass(frozen=True, slots=True)
class DiffLine:
    kind: str  # file, hunk, add, del, context
    text: str


@dataclass(frozen=True, slots=True)
class FixStory:
    attempt: FixAttempt
    steps: list[Step]
    proposal: FixProposal | None
    proposal_error: str | None
    diff: list[DiffLine]
    checks: list[tuple[str, str, str]]
    #: The pull request as bugstack last saw it: open, closed or merged (None: no PR).
    pr_state: str | None = None

    @property
    def active(self) -> bool:
        return self.attempt.status in ACTIVE


def _aware(moment: datetime | None) -> datetime | None:
    if moment is None:
        return None
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def diff_lines(patch: str) -> list[DiffLine]:
    out = []
    for line in patch.splitlines():
        if line.startswith(("+++", "---", "diff ", "index ")):
            kind = "file"
        elif line.startswith("@@"):
            kind = "hunk"
        elif line.startswith("+"):
            kind = "add"
        elif line.startswith("-"):
            kind = "del"
        else:
            kind = "context"
        out.append(DiffLine(kind, line))
    return out


def _suite(value: Any) -> str:
    if not isinstance(value, dict):
        return "not run"
    text = f"{value.get('passed', '?')} passed, {value.get('failed', '?')} failed"
    if value.get("timed_out"):
        text += " (timed out)"
    return text


def _checks(checks: dict[str, Any]) -> list[tuple[str, str, str]]:
    """(check, before the fix, after the fix)."""
    rows = []
    if "reproduced" in checks:
        rows.append(("The error reproduced", "yes" if checks["reproduced"] else "no", "—"))
    if "regression_test_before" in checks or "regression_test_after" in checks:
        rows.append(("Regression test", str(checks.get("regression_test_before", "—")),
                     str(checks.get("regression_test_after", "—"))))
    if "suite_before" in checks or "suite_after" in checks:
        rows.append(("The app's test suite", _suite(checks.get("suite_before")),
                     _suite(checks.get("suite_after"))))
    return rows


def _story(issue: Issue, attempt: FixAttempt, stages: Sequence[FixStage]) -> FixStory:
    steps = [Step("Captured", "done", _aware(issue.first_seen))]
    for stage in stages:
        steps.append(Step(STAGE_LABELS.get(stage.name, stage.name.replace("_", " ").title()),
                          stage.status, _aware(stage.started_at), _aware(stage.finished_at),
                          stage.detail))
    if attempt.ci_state and not any(s.name == "ci" for s in stages):
        steps.append(Step("CI", attempt.ci_state, None))
    if attempt.merged_at and not any(s.name == "merged" for s in stages):
        steps.append(Step("Merged", "done", _aware(attempt.merged_at)))
    if issue.status == "resolved":
        steps.append(Step("Resolved", "done", _aware(issue.resolved_at)))
    elif issue.status == "regressed":
        steps.append(Step("Regressed", "failed", _aware(issue.last_seen)))
    proposal = error = None
    if attempt.proposal:
        try:
            proposal = FixProposal.from_json(json.loads(attempt.proposal))
        except (ValueError, KeyError, TypeError) as exc:
            error = f"the stored proposal could not be read ({type(exc).__name__})"
    return FixStory(
        attempt=attempt, steps=steps, proposal=proposal, proposal_error=error,
        diff=diff_lines(proposal.patch) if proposal else [],
        checks=_checks(proposal.checks) if proposal else [],
        pr_state=_pr_state(attempt, stages),
    )


def _pr_state(attempt: FixAttempt, stages: Sequence[FixStage]) -> str | None:
    """The pull request's state from what the fix recorded: merged, or the last close or
    reopen done from here (the forge itself is not asked to draw a page)."""
    if attempt.pr_number is None:
        return None
    if attempt.merged_at is not None:
        return "merged"
    changes = [s.status for s in stages if s.name == "pull_request"]
    return changes[-1] if changes else "open"


def fix_stories(session: Session, issue: Issue) -> list[FixStory]:
    """Every attempt on the issue, newest first."""
    attempts = session.scalars(select(FixAttempt).where(FixAttempt.issue_id == issue.id)
                               .order_by(FixAttempt.id.desc())).all()
    if not attempts:
        return []
    by_fix: dict[int, list[FixStage]] = {a.id: [] for a in attempts}
    for stage in session.scalars(select(FixStage)
                                 .where(FixStage.fix_id.in_(list(by_fix)))
                                 .order_by(FixStage.started_at, FixStage.id)):
        by_fix[stage.fix_id].append(stage)
    return [_story(issue, a, by_fix[a.id]) for a in attempts]


def latest_attempts(session: Session, issue_ids: Sequence[int]) -> dict[int, FixAttempt]:
    if not issue_ids:
        return {}
    out: dict[int, FixAttempt] = {}
    for attempt in session.scalars(select(FixAttempt)
                                   .where(FixAttempt.issue_id.in_(list(issue_ids)))
                                   .order_by(FixAttempt.id)):
        out[attempt.issue_id] = attempt
    return out
