"""When a fix job starts, and when it does not.

* A new or regressed issue of a project with a repository and automatic fixing gets one
  job. While it is queued or running, nothing else starts for that issue.
* A finished attempt that brought no fix is retried automatically only when something
  changed since: an event from another release, or (after ``not_reproduced``) a newer
  event, which may carry the data that reproduces. Each failure doubles the wait.
* A person may start a job any time (``bugstack fixes run``, ``POST
  /api/v1/issues/{id}/fixes``); it still never runs beside another job of the issue.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import timedelta

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from bugstack.domain.issue import IssueStatus
from bugstack.pipeline.records import ACTIVE, now
from bugstack.server.storage.models import Event, FixAttempt, FixStage, Issue, Project

__all__ = ["Decision", "backoff_after", "latest_attempt", "retry_warranted", "start_fix"]

log = logging.getLogger("bugstack.pipeline")

#: Attempt outcomes after which a retry needs a reason.
_NO_FIX = ("not_fixed", "not_reproduced", "unverified", "failed")
_MAX_BACKOFF = timedelta(days=1)


@dataclass(frozen=True, slots=True)
class Decision:
    #: The attempt that now holds the issue (new, or the one already queued/running).
    attempt: FixAttempt | None
    created: bool
    reason: str


def latest_attempt(session: Session, issue_id: int) -> FixAttempt | None:
    return session.scalar(select(FixAttempt).where(FixAttempt.issue_id == issue_id)
                          .order_by(FixAttempt.id.desc()).limit(1))


def backoff_after(session: Session, issue_id: int, base_seconds: float) -> timedelta:
    """The wait before the next automatic retry: base * 2**(failed attempts - 1)."""
    failures = session.scalar(select(func.count()).select_from(FixAttempt).where(
        FixAttempt.issue_id == issue_id, FixAttempt.status.in_(_NO_FIX))) or 1
    return min(timedelta(seconds=base_seconds * 2 ** (max(failures, 1) - 1)), _MAX_BACKOFF)


def retry_warranted(last: FixAttempt, newest: Event | None) -> str | None:
    """Why a new attempt could do better than ``last``, or None when nothing changed."""
    if newest is None or last.event_row_id is None or newest.id <= last.event_row_id:
        return None
    if newest.release and newest.release != last.release:
        return f"new release {newest.release}"
    if last.status == "not_reproduced":
        return "a newer event, which may reproduce"
    return None


def start_fix(session: Session, issue_id: int, trigger: str, *, manual: bool = False
              ) -> Decision:
    """Queue a fix attempt for the issue if the rules allow; the caller commits and then
    enqueues ``decision.attempt.id`` when ``decision.created``."""
    issue = session.get(Issue, issue_id, with_for_update=True)
    if issue is None:
        return Decision(None, False, f"no issue {issue_id}")
    project = session.get(Project, issue.project_id)
    assert project is not None
    if not project.repository:
        return Decision(None, False, f"project {project.name} has no repository to fix")
    if not manual and not project.auto_fix:
        return Decision(None, False, f"automatic fixing is off for project {project.name}")
    last = latest_attempt(session, issue.id)
    if last is not None and last.status in ACTIVE:
        return Decision(last, False, f"fix {last.id} is already {last.status}")
    newest = session.scalar(select(Event).where(Event.issue_id == issue.id)
                            .order_by(Event.id.desc()).limit(1))
    if newest is None:
        return Decision(None, False, f"issue {issue.id} has no stored event to work from")
    moment = now()
    if not manual and last is not None and last.status in _NO_FIX:
        why = retry_warranted(last, newest)
        if why is None:
            return Decision(last, False, f"nothing changed since fix {last.id} ({last.status})")
        retry_after = last.retry_after
        if retry_after is not None and retry_after.tzinfo is None:
            retry_after = retry_after.replace(tzinfo=moment.tzinfo)
        if retry_after is not None and retry_after > moment:
            return Decision(last, False, f"backing off until {retry_after.isoformat()}")
        trigger = "retry"
    attempt = FixAttempt(issue_id=issue.id, project_id=project.id, status="queued",
                         trigger=trigger, created_at=moment, enqueued_at=moment,
                         event_row_id=newest.id, release=newest.release, tries=0)
    session.add(attempt)
    session.flush()
    session.add(FixStage(fix_id=attempt.id, name="queued", status="done", started_at=moment,
                         detail=f"trigger: {trigger}"))
    issue.status = IssueStatus.FIXING.value
    issue.resolved_at = None
    session.flush()
    return Decision(attempt, True, f"fix {attempt.id} queued ({trigger})")
