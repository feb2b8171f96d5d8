"""The versioned REST API, ``/api/v1/``. FastAPI publishes it at ``/openapi.json``."""

from __future__ import annotations

from typing import Annotated, Any, Literal

from fastapi import APIRouter, HTTPException, Path, Query, Request
from sqlalchemy import select

from bugstack.domain.issue import IssueStatus
from bugstack.server import issues as store
from bugstack.server.api._deps import (
    UNAUTHORIZED,
    DbSession,
    Offset,
    OrganizationId,
    RowId,
)
from bugstack.server.api.schemas import EventOut, IssueOut, IssueUpdate, ProjectOut
from bugstack.server.storage.models import Event, Issue

__all__ = ["router"]

router = APIRouter(prefix="/api/v1", tags=["v1"], responses=UNAUTHORIZED)

_NOT_FOUND: dict[int | str, dict[str, Any]] = {
    404: {"description": "Not found, or not visible to this token"}
}


def _issue_out(issue: Issue, releases: list[str] | None = None) -> IssueOut:
    out = IssueOut.model_validate(issue, from_attributes=True)
    out.releases = releases
    return out


def _event_out(event: Event) -> EventOut:
    return EventOut(
        id=event.id, event_id=event.event_id, issue_id=event.issue_id,
        project_id=event.project_id, received_at=event.received_at, release=event.release,
        environment=event.environment, event=store.event_payload(event),
    )


@router.get("/projects", response_model=list[ProjectOut])
def list_projects(session: DbSession, organization_id: OrganizationId) -> list[ProjectOut]:
    return [ProjectOut.model_validate(p, from_attributes=True)
            for p in store.list_projects(session, organization_id)]


@router.get("/projects/{project_id}/issues", response_model=list[IssueOut], responses=_NOT_FOUND)
def list_issues(
    project_id: RowId,
    session: DbSession,
    organization_id: OrganizationId,
    status: IssueStatus | None = None,
    query: Annotated[str | None, Query(max_length=200)] = None,
    sort: Literal["last_seen", "first_seen", "events"] = "last_seen",
    limit: Annotated[int, Query(ge=1, le=500)] = 50,
    offset: Offset = 0,
) -> list[IssueOut]:
    if not any(p.id == project_id for p in store.list_projects(session, organization_id)):
        raise HTTPException(404, "no such project")
    rows = store.list_issues(session, project_id, organization_id, status, query, sort,
                             limit, offset)
    return [_issue_out(issue) for issue in rows]


@router.get("/issues/{issue_id}", response_model=IssueOut, responses=_NOT_FOUND)
def get_issue(issue_id: RowId, session: DbSession, organization_id: OrganizationId) -> IssueOut:
    issue = store.get_issue(session, issue_id, organization_id)
    if issue is None:
        raise HTTPException(404, "no such issue")
    return _issue_out(issue, store.issue_releases(session, issue.id))


@router.patch("/issues/{issue_id}", response_model=IssueOut,
              responses={**_NOT_FOUND, 400: {"description": "The body is not JSON"}})
def update_issue(
    issue_id: RowId, change: IssueUpdate, session: DbSession, organization_id: OrganizationId
) -> IssueOut:
    issue = store.get_issue(session, issue_id, organization_id)
    if issue is None:
        raise HTTPException(404, "no such issue")
    store.set_issue_status(session, issue, change.status)
    session.commit()
    return _issue_out(issue, store.issue_releases(session, issue.id))


@router.get("/issues/{issue_id}/events", response_model=list[EventOut], responses=_NOT_FOUND)
def list_events(
    issue_id: RowId,
    session: DbSession,
    organization_id: OrganizationId,
    limit: Annotated[int, Query(ge=1, le=500)] = 50,
    offset: Offset = 0,
) -> list[EventOut]:
    if store.get_issue(session, issue_id, organization_id) is None:
        raise HTTPException(404, "no such issue")
    return [_event_out(e) for e in store.list_events(session, issue_id, organization_id,
                                                     limit, offset)]


@router.get("/events/{ident}", response_model=EventOut, responses=_NOT_FOUND)
def get_event(ident: Annotated[str, Path(max_length=64)], session: DbSession,
              organization_id: OrganizationId) -> EventOut:
    event = store.get_event(session, ident, organization_id)
    if event is None:
        raise HTTPException(404, "no such event")
    return _event_out(event)


# --- Fix jobs (the pipeline) -------------------------------------------------------------


@router.get("/issues/{issue_id}/fixes", responses=_NOT_FOUND)
def list_fixes(issue_id: RowId, session: DbSession,
               organization_id: OrganizationId) -> list[dict[str, Any]]:
    """The issue's fix attempts, newest first."""
    from bugstack.pipeline.story import attempt_summary
    from bugstack.server.storage.models import FixAttempt

    issue = store.get_issue(session, issue_id, organization_id)
    if issue is None:
        raise HTTPException(404, "no such issue")
    attempts = session.scalars(select(FixAttempt).where(FixAttempt.issue_id == issue.id)
                               .order_by(FixAttempt.id.desc()).limit(200))
    return [attempt_summary(attempt, issue.title) for attempt in attempts]


@router.post("/issues/{issue_id}/fixes", status_code=202,
             responses={**_NOT_FOUND, 409: {"description": "No fix job can start (why)"}})
def start_fix(issue_id: RowId, request: Request, session: DbSession,
              organization_id: OrganizationId) -> dict[str, Any]:
    """Queue a fix job now. With a job of the issue already queued or running, that one is
    returned (``created`` false): one job per issue at a time."""
    from bugstack.pipeline import request_fix

    if store.get_issue(session, issue_id, organization_id) is None:
        raise HTTPException(404, "no such issue")
    session.rollback()  # the job is queued in a transaction of its own
    decision = request_fix(request.app.state.database,
                           getattr(request.app.state, "fix_queue", None), issue_id, "manual",
                           manual=True)
    if decision.attempt is None:
        raise HTTPException(409, decision.reason)
    return {"fix_id": decision.attempt.id, "created": decision.created,
            "reason": decision.reason}


@router.get("/fixes/{fix_id}", responses=_NOT_FOUND)
def get_fix(fix_id: RowId, session: DbSession, organization_id: OrganizationId
            ) -> dict[str, Any]:
    """A fix attempt, its stages with their times and logs, and its proposal."""
    from bugstack.pipeline.story import attempt_story

    visible = {p.id for p in store.list_projects(session, organization_id)}
    story = attempt_story(session, fix_id, visible)
    if story is None:
        raise HTTPException(404, "no such fix")
    return story
