"""``bugstack issues …`` and ``bugstack events …``: the read side, from the database."""

from __future__ import annotations

from typing import Annotated, Any

import typer
from rich.table import Table

from bugstack.cli._context import (
    DataDirOption,
    JsonOption,
    console,
    fail,
    open_database,
    print_json,
)
from bugstack.cli.app import app
from bugstack.domain.issue import IssueStatus
from bugstack.server import issues as store
from bugstack.server.projects import UnknownProjectError, find_project
from bugstack.server.storage.models import Issue

__all__ = ["events_app", "issues_app"]

issues_app = typer.Typer(help="Read the issues errors were grouped into.", no_args_is_help=True)
events_app = typer.Typer(help="Read stored events.", no_args_is_help=True)
app.add_typer(issues_app, name="issues")
app.add_typer(events_app, name="events")


def _issue_json(issue: Issue) -> dict[str, Any]:
    return {
        "id": issue.id, "project_id": issue.project_id, "title": issue.title,
        "culprit": issue.culprit, "exception_type": issue.exception_type,
        "status": issue.status, "level": issue.level, "event_count": issue.event_count,
        "first_seen": issue.first_seen.isoformat(), "last_seen": issue.last_seen.isoformat(),
        "first_release": issue.first_release, "last_release": issue.last_release,
    }


@issues_app.command("list")
def issues_list(
    project: Annotated[str, typer.Option(help="Project name or id.")],
    status: Annotated[IssueStatus | None, typer.Option(help="Only this status.")] = None,
    data_dir: DataDirOption = None,
    as_json: JsonOption = False,
) -> None:
    """List a project's issues, most recently seen first."""
    _, database = open_database(data_dir)
    with database.session() as session:
        try:
            project_row = find_project(session, project)
        except UnknownProjectError as exc:
            raise fail(str(exc)) from exc
        rows = [_issue_json(i) for i in
                store.list_issues(session, project_row.id, None, status, limit=500)]
    database.dispose()
    if as_json:
        print_json(rows)
        return
    table = Table("id", "status", "events", "title", "where", "last seen")
    for row in rows:
        table.add_row(str(row["id"]), row["status"], str(row["event_count"]), row["title"],
                      row["culprit"] or "", row["last_seen"][:19])
    console.print(table)


@issues_app.command("show")
def issues_show(issue_id: int, data_dir: DataDirOption = None, as_json: JsonOption = False) -> None:
    """Show one issue and its latest event's stack trace."""
    _, database = open_database(data_dir)
    with database.session() as session:
        issue = store.get_issue(session, issue_id, None)
        if issue is None:
            raise fail(f"no issue {issue_id}")
        data = _issue_json(issue)
        data["releases"] = store.issue_releases(session, issue.id)
        latest = store.list_events(session, issue.id, None, limit=1)
        data["latest_event_id"] = latest[0].event_id if latest else None
        event = store.event_payload(latest[0]) if latest else None
    database.dispose()
    if as_json:
        print_json(data)
        return
    console.print(f"[bold]#{data['id']} {data['title']}[/bold]  [{data['status']}]")
    console.print(f"{data['culprit'] or ''} · {data['event_count']} event(s) · "
                  f"releases: {', '.join(data['releases']) or '-'}")
    if event:
        from bugstack.domain.event import ErrorEvent

        view = ErrorEvent.from_dict(event)
        for exc in view.exceptions:
            console.print(f"\n[red]{exc.type}[/red]: {exc.value}")
            for frame in exc.frames:
                mark = "" if frame.in_app else "[dim]"
                console.print(f"  {mark}{frame.filename}:{frame.lineno} in {frame.function}")
                if frame.context_line and frame.in_app:
                    console.print(f"      {frame.context_line.strip()}", highlight=False)


@events_app.command("show")
def events_show(event: str, data_dir: DataDirOption = None, as_json: JsonOption = False) -> None:
    """Print a stored event whole, as the SDK sent it (the fix engine's input)."""
    _, database = open_database(data_dir)
    with database.session() as session:
        row = store.get_event(session, event, None)
        if row is None:
            raise fail(f"no event {event}")
        payload = store.event_payload(row)
    database.dispose()
    if not as_json:
        console.print_json(data=payload)
    else:
        print_json(payload)
