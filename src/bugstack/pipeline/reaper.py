"""The periodic sweep every worker makes, which is what makes jobs survive anything.

Huey hands a task to a worker and forgets it, so the sweep re-sends work the attempt rows
say is owed: attempts whose worker stopped renewing its lease (killed, host gone),
attempts queued but never picked up (the message was lost with a broker or never sent),
and issues whose last attempt failed when something has changed since (see trigger.py).
It also resolves issues whose merged fix has served its quiet period (recurrence_watch.py).
Several workers sweeping at once send each job at most once per lease period, and a
duplicate would be harmless anyway: only one worker can claim an attempt.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import timedelta

from sqlalchemy import and_, func, or_, select, update

from bugstack.pipeline.records import now
from bugstack.pipeline.recurrence_watch import resolve_quiet_issues
from bugstack.pipeline.trigger import start_fix
from bugstack.server.storage.database import Database
from bugstack.server.storage.models import Event, FixAttempt, Issue, Project

__all__ = ["sweep"]

log = logging.getLogger("bugstack.pipeline")


def sweep(database: Database, enqueue: Callable[[int], None], lease: float) -> list[int]:
    """Re-send owed jobs and start warranted retries; the attempt ids sent."""
    moment = now()
    stale = moment - timedelta(seconds=lease)
    sent: list[int] = []
    with database.session() as session:
        owed = session.execute(
            select(FixAttempt.id, FixAttempt.enqueued_at).where(or_(
                and_(FixAttempt.status == "running", FixAttempt.lease_until < moment),
                FixAttempt.status == "queued",
            )).where(or_(FixAttempt.enqueued_at.is_(None), FixAttempt.enqueued_at < stale))
        ).all()
    for attempt_id, enqueued_at in owed:
        with database.engine.begin() as connection:
            # Compare-and-set: of several sweeping workers, one sends it.
            condition = (FixAttempt.enqueued_at.is_(None) if enqueued_at is None
                         else FixAttempt.enqueued_at == enqueued_at)
            moved = connection.execute(update(FixAttempt)
                                       .where(FixAttempt.id == attempt_id, condition)
                                       .values(enqueued_at=moment)).rowcount
        if moved == 1:
            log.info("fix %d is owed (its worker stopped, or its message was lost): "
                     "sending it again", attempt_id)
            enqueue(attempt_id)
            sent.append(attempt_id)
    sent.extend(_retries(database, enqueue))
    sent.extend(_unattended(database, enqueue))
    # Merged fixes whose release has served its quiet period with no recurrence.
    resolve_quiet_issues(database, moment)
    return sent


#: How far back the sweep looks for issues that never got their job.
_UNATTENDED_WINDOW = timedelta(days=1)
#: How long the ingest hook has to start a new issue's job before the sweep does: a sweep
#: between the issue's insert and the hook's attempt would start a second job for it.
_HOOK_GRACE = timedelta(minutes=2)


def _unattended(database: Database, enqueue: Callable[[int], None]) -> list[int]:
    """Recent open issues of auto-fixing projects that never had an attempt: the ingest
    hook did not run for them (the database failed between the batch and the hook, or
    the project got its repository later)."""
    query = (
        select(Issue.id)
        .join(Project, Project.id == Issue.project_id)
        .where(Issue.status.in_(("unresolved", "regressed")),
               Issue.last_seen >= now() - _UNATTENDED_WINDOW,
               Issue.first_seen <= now() - _HOOK_GRACE,
               Project.auto_fix.is_(True), Project.repository.is_not(None),
               ~select(FixAttempt.id).where(FixAttempt.issue_id == Issue.id).exists())
        .order_by(Issue.id)
        .limit(20)
    )
    with database.session() as session:
        candidates = list(session.scalars(query))
    started: list[int] = []
    for issue_id in candidates:
        with database.session() as session:
            decision = start_fix(session, issue_id, "new_issue")
            session.commit()
        if decision.created and decision.attempt is not None:
            log.info("issue %d never got its fix job: %s", issue_id, decision.reason)
            enqueue(decision.attempt.id)
            started.append(decision.attempt.id)
    return started


def _retries(database: Database, enqueue: Callable[[int], None]) -> list[int]:
    """Failed attempts whose backoff is over and whose issue has a newer event."""
    moment = now()
    latest = (select(FixAttempt.issue_id, func.max(FixAttempt.id).label("last_id"))
              .group_by(FixAttempt.issue_id).subquery())
    newest_event = (select(Event.issue_id, func.max(Event.id).label("event_id"))
                    .group_by(Event.issue_id).subquery())
    query = (
        select(FixAttempt.issue_id)
        .join(latest, latest.c.last_id == FixAttempt.id)
        .join(newest_event, newest_event.c.issue_id == FixAttempt.issue_id)
        .join(Issue, Issue.id == FixAttempt.issue_id)
        .join(Project, Project.id == FixAttempt.project_id)
        .where(FixAttempt.status.in_(("not_fixed", "not_reproduced", "unverified", "failed")),
               or_(FixAttempt.retry_after.is_(None), FixAttempt.retry_after <= moment),
               newest_event.c.event_id > FixAttempt.event_row_id,
               Issue.status.in_(("unresolved", "regressed")),
               Project.auto_fix.is_(True), Project.repository.is_not(None))
        .limit(100)
    )
    started: list[int] = []
    with database.session() as session:
        candidates = list(session.scalars(query))
    for issue_id in candidates:
        with database.session() as session:
            decision = start_fix(session, issue_id, "retry")
            session.commit()
        if decision.created and decision.attempt is not None:
            log.info("issue %d: %s", issue_id, decision.reason)
            enqueue(decision.attempt.id)
            started.append(decision.attempt.id)
    return started
