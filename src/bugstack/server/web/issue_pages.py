"""Projects, the issues list, the issue page with its fix story, and the actions on an
issue. Each page also answers ``/live`` with a small version string; the page's script
polls it and refreshes the parts marked live when it changes."""

from __future__ import annotations

import importlib
from datetime import UTC, datetime, timedelta
from typing import Annotated, Any, Literal

from fastapi import APIRouter, HTTPException, Query, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import Response
from sqlalchemy import desc, func, or_, select
from sqlalchemy.orm import Session

from bugstack.domain.durations import DEFAULT_QUIET_PERIOD, format_duration
from bugstack.domain.event import ExceptionRecord
from bugstack.domain.issue import IssueStatus
from bugstack.server import issues as store
from bugstack.server.projects import create_key
from bugstack.server.storage.models import Event, FixAttempt, FixStage, Issue, Project
from bugstack.server.web._charts import bucket_counts
from bugstack.server.web._common import (
    Db,
    ViewerDep,
    check_csrf,
    issue_for,
    page,
    project_for,
    read_form,
    redirect,
)
from bugstack.server.web._errors import PageRoute
from bugstack.server.web._event_view import event_view
from bugstack.server.web._fix_story import fix_stories, latest_attempts

__all__ = ["router"]

router = APIRouter(include_in_schema=False, route_class=PageRoute)

PAGE_SIZE = 25
#: How many of an issue's latest events the environments shown are taken from.
RECENT_EVENTS = 1000
#: The default tab: everything that still needs attention, whatever the fix is doing.
OPEN = ("unresolved", "fixing", "fix_proposed", "regressed")
TABS = [
    ("open", "All open"), ("unresolved", "Unresolved"), ("fixing", "Fixing"),
    ("fix_proposed", "Fix proposed"),
    ("regressed", "Regressed"), ("resolved", "Resolved"), ("ignored", "Ignored"),
]
SORT_LABELS = {"last_seen": "Last seen", "first_seen": "First seen", "events": "Events"}


@router.get("/")
def home(request: Request, session: Db, viewer: ViewerDep) -> Response:
    projects = session.scalars(select(Project)
                               .where(Project.organization_id.in_(viewer.organization_ids))
                               .order_by(Project.name)).all()
    open_counts: dict[int, int] = {int(p): int(n) for p, n in session.execute(
        select(Issue.project_id, func.count())
        .where(Issue.project_id.in_([p.id for p in projects]),
               Issue.status.in_(["unresolved", "regressed", "fixing", "fix_proposed"]))
        .group_by(Issue.project_id))}
    orgs = {o.id: o.name for o in viewer.organizations}
    return page(request, "home.html", viewer, projects=projects, open_counts=open_counts,
                orgs=orgs)


@router.get("/projects/new")
def new_project_form(request: Request, viewer: ViewerDep) -> Response:
    return page(request, "project_new.html", viewer, values={}, error=None)


@router.post("/projects/new")
async def new_project(request: Request, session: Db, viewer: ViewerDep) -> Response:
    form = await read_form(request)
    check_csrf(viewer.csrf, form)
    name = form.get("name", "").strip()
    try:
        org_id = int(form.get("organization") or viewer.organization_ids[0])
    except (ValueError, IndexError):
        org_id = -1
    error = None
    if org_id not in viewer.organization_ids:
        error = "choose one of your organisations"
    elif not name or len(name) > 200:
        error = "give the project a name (up to 200 characters)"
    elif session.scalar(select(Project.id).where(Project.organization_id == org_id,
                                                 Project.name == name)) is not None:
        error = f"a project named {name!r} exists already in this organisation"
    if error:
        return page(request, "project_new.html", viewer, status_code=422, values=form, error=error)
    project = Project(organization_id=org_id, name=name,
                      repository=form.get("repository", "").strip() or None,
                      test_command=form.get("test_command", "").strip() or None,
                      created_at=datetime.now(UTC))
    session.add(project)
    session.flush()
    made = create_key(session, project)
    session.commit()
    from bugstack.server.web.settings_pages import settings_page

    return settings_page(request, session, viewer, project, new_key=str(made.key),
                         notice="Project created. Copy its API key now: it is shown only once.")


def _tab_counts(session: Session, project_id: int) -> dict[str, int]:
    counts = {str(s): int(n) for s, n in session.execute(
        select(Issue.status, func.count()).where(Issue.project_id == project_id)
        .group_by(Issue.status))}
    counts["open"] = sum(counts.get(s, 0) for s in OPEN)
    return counts


@router.get("/projects/{project_id}/issues")
def issues_list(
    request: Request, project_id: int, session: Db, viewer: ViewerDep,
    status: Literal["open", "unresolved", "fixing", "fix_proposed", "regressed", "resolved",
                    "ignored"] = "open",
    q: Annotated[str, Query(max_length=200)] = "",
    sort: Literal["last_seen", "first_seen", "events"] = "last_seen",
    page_number: Annotated[int, Query(alias="page", ge=1, le=100_000)] = 1,
) -> Response:
    project = project_for(session, viewer, project_id)
    statement = select(Issue).where(Issue.project_id == project.id,
                                    Issue.status.in_(OPEN if status == "open" else [status]))
    if q.strip():
        pattern = f"%{q.strip()}%"
        statement = statement.where(or_(Issue.title.ilike(pattern),
                                        Issue.culprit.ilike(pattern)))
    statement = (statement.order_by(desc(store.SORTS[sort]), desc(Issue.id))
                 .limit(PAGE_SIZE + 1).offset((page_number - 1) * PAGE_SIZE))
    rows = list(session.scalars(statement))
    has_next = len(rows) > PAGE_SIZE
    rows = rows[:PAGE_SIZE]
    ids = [i.id for i in rows]
    return page(request, "issues.html", viewer, project=project, issues=rows,
                charts=bucket_counts(session, ids), fixes=latest_attempts(session, ids),
                tabs=TABS, counts=_tab_counts(session, project.id), status=status, q=q,
                sort=sort, sorts=SORT_LABELS, page_number=page_number, has_next=has_next,
                live_url=f"/projects/{project.id}/live")


@router.get("/projects/{project_id}/live")
def project_live(project_id: int, session: Db, viewer: ViewerDep) -> dict[str, str]:
    """Changes whenever an event arrives, an issue changes state or a fix moves on. Read
    from the issues and fix tables only: polling must not scan a project's events."""
    project = project_for(session, viewer, project_id)
    issues = session.execute(select(func.sum(Issue.event_count), func.max(Issue.last_seen),
                                    func.count()).where(Issue.project_id == project.id)).one()
    fixes = session.execute(select(func.max(FixAttempt.id), func.count(FixStage.id))
                            .join(FixStage, FixStage.fix_id == FixAttempt.id, isouter=True)
                            .where(FixAttempt.project_id == project.id)).one()
    statuses = sorted(_tab_counts(session, project.id).items())
    return {"version": f"{tuple(issues)}|{tuple(fixes)}|{statuses}"}


def _matching_guide(chain_records: list[ExceptionRecord]) -> tuple[str, str] | None:
    try:
        from bugstack.guides import load_guides

        for guide in load_guides():
            if any(guide.recognises_exception(r) for r in chain_records):
                return guide.id, guide.title
    except Exception:  # a broken guide library must not take the issue page down
        return None
    return None


def _guide_named(guide_id: str) -> tuple[str, str]:
    try:
        from bugstack.guides import guide_by_id

        found = guide_by_id(guide_id)
    except Exception:  # the link still works without the title
        found = None
    return guide_id, found.title if found is not None else guide_id


def _neighbours(session: Session, issue_id: int, event_id: int) -> tuple[int | None, ...]:
    newer = session.scalar(select(func.min(Event.id))
                           .where(Event.issue_id == issue_id, Event.id > event_id))
    older = session.scalar(select(func.max(Event.id))
                           .where(Event.issue_id == issue_id, Event.id < event_id))
    newest = session.scalar(select(func.max(Event.id)).where(Event.issue_id == issue_id))
    oldest = session.scalar(select(func.min(Event.id)).where(Event.issue_id == issue_id))
    position = session.scalar(select(func.count()).select_from(Event)
                              .where(Event.issue_id == issue_id, Event.id >= event_id))
    return newer, older, newest, oldest, position


@router.get("/issues/{issue_id}")
def issue_page(request: Request, issue_id: int, session: Db, viewer: ViewerDep,
               event: int | None = None) -> Response:
    issue, project = issue_for(session, viewer, issue_id)
    query = select(Event).where(Event.issue_id == issue.id)
    query = (query.where(Event.id == event) if event is not None
             else query.order_by(desc(Event.id)).limit(1))
    shown = session.scalar(query)
    if event is not None and shown is None:
        raise HTTPException(404, "no such event in this issue")
    payload = store.event_payload(shown) if shown is not None else {}
    view = event_view(payload)
    records = [ExceptionRecord.from_dict(e) for e in
               (payload.get("exception") or {}).get("values", [])
               if isinstance(e, dict)] if isinstance(payload.get("exception"), dict) else []
    stories = fix_stories(session, issue)
    proposal = stories[0].proposal if stories else None
    guide = (_guide_named(proposal.guide_id) if proposal and proposal.guide_id
             else _matching_guide(records))
    # From the latest events only: an issue with a million events must not be scanned
    # whole to list a handful of names.
    recent = (select(Event.environment).where(Event.issue_id == issue.id)
              .order_by(desc(Event.id)).limit(RECENT_EVENTS).subquery())
    environments = sorted(e for e in session.scalars(select(recent.c.environment).distinct())
                          if e)
    charts = (bucket_counts(session, [issue.id])[issue.id],
              bucket_counts(session, [issue.id], "day", 30)[issue.id])
    steps = _neighbours(session, issue.id, shown.id) if shown is not None else (None,) * 5
    return page(request, "issue.html", viewer, issue=issue, project=project, event=shown,
                view=view, stories=stories, guide=guide, environments=environments,
                releases=store.issue_releases(session, issue.id), charts=charts,
                steps=steps, watch=_recurrence_watch(issue, project),
                live_url=f"/issues/{issue.id}/live")


def _recurrence_watch(issue: Issue, project: Project) -> tuple[datetime, str] | None:
    """When a proposed fix that is serving in a release resolves the issue, and the quiet
    period that decides it; None when no release with the fix is being watched."""
    if issue.status != IssueStatus.FIX_PROPOSED.value or issue.fix_release_at is None:
        return None
    period = (DEFAULT_QUIET_PERIOD if project.quiet_period is None
              else timedelta(seconds=project.quiet_period))
    since = issue.fix_release_at
    if since.tzinfo is None:  # SQLite hands back naive datetimes; they are stored as UTC
        since = since.replace(tzinfo=UTC)
    return since + period, format_duration(int(period.total_seconds()))


@router.get("/issues/{issue_id}/live")
def issue_live(issue_id: int, session: Db, viewer: ViewerDep) -> dict[str, str]:
    issue, _ = issue_for(session, viewer, issue_id)
    fixes = session.execute(
        select(func.max(FixAttempt.id), func.count(FixStage.id), func.max(FixStage.finished_at))
        .join(FixStage, FixStage.fix_id == FixAttempt.id, isouter=True)
        .where(FixAttempt.issue_id == issue.id)).one()
    statuses = session.scalars(select(FixAttempt.status).where(FixAttempt.issue_id == issue.id)
                               .order_by(FixAttempt.id)).all()
    return {"version": f"{issue.event_count}|{issue.status}|{fixes[0]}|{fixes[1]}|{fixes[2]}|"
                       f"{','.join(statuses)}"}


def _pipeline() -> Any:
    """The fix pipeline's package when it is installed with the server, else None (then a
    queued FixAttempt row is the request, which the pipeline's sweep picks up)."""
    try:
        return importlib.import_module("bugstack.pipeline")
    except ImportError:
        return None


_ACTIONS = {"resolve": IssueStatus.RESOLVED, "ignore": IssueStatus.IGNORED,
            "unresolve": IssueStatus.UNRESOLVED}


@router.post("/issues/{issue_id}/status")
async def change_status(request: Request, issue_id: int, session: Db,
                        viewer: ViewerDep) -> Response:
    form = await read_form(request)
    check_csrf(viewer.csrf, form)
    issue, _ = issue_for(session, viewer, issue_id)
    action = _ACTIONS.get(form.get("action", ""))
    if action is None:
        raise HTTPException(422, "unknown action")
    store.set_issue_status(session, issue, action)
    session.commit()
    return redirect(f"/issues/{issue.id}", f"issue marked {action.value}")


@router.post("/issues/{issue_id}/retry")
async def retry_fix(request: Request, issue_id: int, session: Db,
                    viewer: ViewerDep) -> Response:
    form = await read_form(request)
    check_csrf(viewer.csrf, form)
    issue, project = issue_for(session, viewer, issue_id)
    pipeline = _pipeline()
    if pipeline is not None:
        # The pipeline's own rules (a repository to work on, one attempt at a time) decide,
        # and its queue gets the job at once; its reason is what the person reads.
        decision = await run_in_threadpool(
            pipeline.request_fix, request.app.state.database,
            getattr(request.app.state, "fix_queue", None), issue.id, "retry", manual=True)
        return redirect(f"/issues/{issue.id}", "a new fix attempt is queued"
                        if decision.created else f"not queued: {decision.reason}")
    waiting = session.scalar(select(FixAttempt.id).where(
        FixAttempt.issue_id == issue.id, or_(FixAttempt.status == "queued",
                                             FixAttempt.status == "running")))
    if waiting is not None:
        return redirect(f"/issues/{issue.id}", "a fix attempt is already queued or running")
    # The pipeline's workers pick up queued attempts; the page shows its stages as they come.
    session.add(FixAttempt(issue_id=issue.id, project_id=project.id, status="queued",
                           trigger="retry", created_at=datetime.now(UTC)))
    session.commit()
    return redirect(f"/issues/{issue.id}", "a new fix attempt is queued")


@router.post("/issues/{issue_id}/merge-policy")
async def issue_merge_policy(request: Request, issue_id: int, session: Db,
                             viewer: ViewerDep) -> Response:
    form = await read_form(request)
    check_csrf(viewer.csrf, form)
    _, project = issue_for(session, viewer, issue_id)
    policy = form.get("merge_policy", "")
    if policy not in ("review", "auto-merge"):
        raise HTTPException(422, "merge policy is review or auto-merge")
    project.merge_policy = policy
    session.commit()
    return redirect(f"/issues/{issue_id}", f"merge policy of {project.name}: {policy}")


@router.post("/issues/{issue_id}/pull-request")
async def pull_request_action(request: Request, issue_id: int, session: Db,
                              viewer: ViewerDep) -> Response:
    """Close or reopen the latest fix's pull request, through the project's forge."""
    form = await read_form(request)
    check_csrf(viewer.csrf, form)
    issue, _ = issue_for(session, viewer, issue_id)
    action: Literal["close", "reopen"]
    if form.get("action") == "close":
        action = "close"
    elif form.get("action") == "reopen":
        action = "reopen"
    else:
        raise HTTPException(422, "the action is close or reopen")
    attempt_id = session.scalar(select(FixAttempt.id).where(
        FixAttempt.issue_id == issue.id, FixAttempt.pr_number.is_not(None))
        .order_by(FixAttempt.id.desc()).limit(1))
    if attempt_id is None:
        return redirect(f"/issues/{issue.id}", "no fix of this issue has a pull request")
    from bugstack.deliver import DeliveryError
    from bugstack.pipeline.pull_request import change_pull_request

    try:
        done = await run_in_threadpool(
            change_pull_request, request.app.state.database,
            request.app.state.settings.data_dir, attempt_id, action, viewer.user.email)
    except DeliveryError as exc:  # the forge refused, is down, or the project has none
        return redirect(f"/issues/{issue.id}#fix-story", f"not done: {exc}")
    return redirect(f"/issues/{issue.id}#fix-story", done)
