"""Reading issues and events, and the changes a person makes to an issue.

Every query takes the caller's organisation, so one organisation never sees another's
data however an id is guessed.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime
from typing import Any

import orjson
from sqlalchemy import Select, desc, or_, select
from sqlalchemy.orm import Session

from bugstack.domain.issue import IssueStatus
from bugstack.server.storage.models import MAX_ID, Event, Issue, IssueRelease, Project

__all__ = [
    "SORTS",
    "event_payload",
    "get_event",
    "get_issue",
    "issue_releases",
    "list_events",
    "list_issues",
    "list_projects",
    "set_issue_status",
]

SORTS = {"last_seen": Issue.last_seen, "first_seen": Issue.first_seen,
         "events": Issue.event_count}


def _org_projects(organization_id: int | None) -> Select[int]:
    query = select(Project.id)
    if organization_id is not None:
        query = query.where(Project.organization_id == organization_id)
    return query


def list_projects(session: Session, organization_id: int | None) -> Sequence[Project]:
    query = select(Project).order_by(Project.id)
    if organization_id is not None:
        query = query.where(Project.organization_id == organization_id)
    return session.scalars(query).all()


def list_issues(
    session: Session,
    project_id: int,
    organization_id: int | None,
    status: IssueStatus | None = None,
    query: str | None = None,
    sort: str = "last_seen",
    limit: int = 50,
    offset: int = 0,
) -> Sequence[Issue]:
    statement = select(Issue).where(
        Issue.project_id == project_id, Issue.project_id.in_(_org_projects(organization_id))
    )
    if status is not None:
        statement = statement.where(Issue.status == status.value)
    if query:
        pattern = f"%{query}%"
        statement = statement.where(or_(Issue.title.ilike(pattern), Issue.culprit.ilike(pattern)))
    statement = statement.order_by(desc(SORTS[sort]), desc(Issue.id)).limit(limit).offset(offset)
    return session.scalars(statement).all()


def get_issue(session: Session, issue_id: int, organization_id: int | None) -> Issue | None:
    return session.scalar(
        select(Issue).where(
            Issue.id == issue_id, Issue.project_id.in_(_org_projects(organization_id))
        )
    )


def issue_releases(session: Session, issue_id: int) -> list[str]:
    return list(session.scalars(
        select(IssueRelease.release).where(IssueRelease.issue_id == issue_id)
        .order_by(IssueRelease.first_seen)
    ))


def set_issue_status(session: Session, issue: Issue, status: IssueStatus) -> None:
    issue.status = status.value
    issue.resolved_at = datetime.now(UTC) if status is IssueStatus.RESOLVED else None
    session.flush()


def list_events(
    session: Session, issue_id: int, organization_id: int | None, limit: int = 50,
    offset: int = 0,
) -> Sequence[Event]:
    return session.scalars(
        select(Event)
        .where(Event.issue_id == issue_id, Event.project_id.in_(_org_projects(organization_id)))
        .order_by(desc(Event.id))
        .limit(limit)
        .offset(offset)
    ).all()


def get_event(session: Session, ident: str, organization_id: int | None) -> Event | None:
    """An event by its number in bugstack or by the SDK's 32-hex ``event_id``."""
    condition = Event.event_id == ident.replace("-", "").lower()
    # An all-digit event_id can be larger than any row id (a signed 64-bit integer), and
    # the database driver fails on such a number instead of finding nothing.
    if ident.isdigit() and int(ident) <= MAX_ID:
        condition = or_(Event.id == int(ident), condition)
    return session.scalar(
        select(Event)
        .where(condition, Event.project_id.in_(_org_projects(organization_id)))
        .order_by(Event.id)
        .limit(1)
    )


def event_payload(event: Event) -> dict[str, Any]:
    data = orjson.loads(event.payload)
    return data if isinstance(data, dict) else {"value": data}
