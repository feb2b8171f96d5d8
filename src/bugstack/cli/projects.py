"""``bugstack project …`` and ``bugstack token …``."""

from __future__ import annotations

from typing import Annotated

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
from bugstack.domain.durations import format_duration, parse_duration
from bugstack.server import issues as store
from bugstack.server.projects import (
    ProjectExistsError,
    UnknownProjectError,
    create_key,
    create_project,
    create_token,
    find_project,
    revoke_key,
)

__all__ = ["project_app", "token_app"]

project_app = typer.Typer(help="Create and list projects, and manage their API keys.",
                          no_args_is_help=True)
token_app = typer.Typer(help="Tokens for the REST API.", no_args_is_help=True)
app.add_typer(project_app, name="project")
app.add_typer(token_app, name="token")


@project_app.command("create")
def project_create(
    name: str,
    repo: Annotated[
        str | None, typer.Option(help="The app's repository: a path or git URL.")
    ] = None,
    test_command: Annotated[str | None, typer.Option(help="How the app's tests run.")] = None,
    rate_limit: Annotated[int | None, typer.Option(help="Events per minute (0: no limit).")] = None,
    data_dir: DataDirOption = None,
    as_json: JsonOption = False,
) -> None:
    """Create a project and print its id, API key and DSN (the key is shown only now)."""
    settings, database = open_database(data_dir)
    try:
        with database.session() as session:
            try:
                made = create_project(session, name, repo, test_command, rate_limit)
            except ProjectExistsError as exc:
                raise fail(str(exc)) from exc
            session.commit()
            project_id = made.project.id
    finally:
        database.dispose()
    dsn = made.key.dsn(settings.public_url)
    if as_json:
        print_json({"id": project_id, "name": name, "api_key": str(made.key), "dsn": dsn})
        return
    console.print(f"Project [bold]{name}[/bold] (id {project_id})")
    console.print(f"API key: [green]{made.key}[/green]  (shown once; stored hashed)")
    console.print(f"DSN:     {dsn}")
    console.print("\nIn your app:\n  pip install bugstack\n"
                  "  import bugstack; bugstack.init(api_key=os.environ['BUGSTACK_API_KEY'])")


@project_app.command("list")
def project_list(data_dir: DataDirOption = None, as_json: JsonOption = False) -> None:
    """List the projects."""
    _, database = open_database(data_dir)
    with database.session() as session:
        projects = store.list_projects(session, None)
        rows = [{"id": p.id, "name": p.name, "repository": p.repository,
                 "test_command": p.test_command} for p in projects]
    database.dispose()
    if as_json:
        print_json(rows)
        return
    table = Table("id", "name", "repository", "test command")
    for row in rows:
        table.add_row(*(str(row[k] or "") for k in ("id", "name", "repository", "test_command")))
    console.print(table)


@project_app.command("create-key")
def project_create_key(
    project: str, data_dir: DataDirOption = None, as_json: JsonOption = False
) -> None:
    """Add an API key to a project (to rotate keys without downtime)."""
    settings, database = open_database(data_dir)
    with database.session() as session:
        try:
            made = create_key(session, find_project(session, project))
        except UnknownProjectError as exc:
            raise fail(str(exc)) from exc
        session.commit()
    database.dispose()
    if as_json:
        print_json({"id": made.project.id, "api_key": str(made.key),
                    "dsn": made.key.dsn(settings.public_url)})
    else:
        console.print(f"API key: [green]{made.key}[/green]")


@project_app.command("revoke-key")
def project_revoke_key(key: str, data_dir: DataDirOption = None) -> None:
    """Revoke a key, given whole or by the prefix `bugstack` showed. Takes effect at once."""
    _, database = open_database(data_dir)
    with database.session() as session:
        count = revoke_key(session, key)
        session.commit()
    database.dispose()
    if count == 0:
        raise fail("no live key matches")
    console.print(f"Revoked {count} key(s).")


def _seconds(duration: str) -> int:
    try:
        return parse_duration(duration)
    except ValueError as exc:
        raise fail(str(exc)) from exc


@project_app.command("quiet-period")
def project_quiet_period(
    project: str,
    duration: Annotated[str | None, typer.Argument(
        help="How long a release with a merged fix must serve with no recurrence before "
             "the issue is resolved: 3600, 30m, 12h, 7d, or 'default' (7d).")] = None,
    data_dir: DataDirOption = None,
) -> None:
    """Show or set the project's quiet period (the recurrence watch)."""
    _, database = open_database(data_dir)
    try:
        with database.session() as session:
            try:
                found = find_project(session, project)
            except UnknownProjectError as exc:
                raise fail(str(exc)) from exc
            if duration is not None:
                found.quiet_period = None if duration == "default" else _seconds(duration)
                session.commit()
            seconds = found.quiet_period
    finally:
        database.dispose()
    shown = "7d (the default)" if seconds is None else format_duration(seconds)
    console.print(f"Quiet period of {project}: {shown}")


@token_app.command("create")
def token_create(
    name: Annotated[str, typer.Option(help="What the token is for.")] = "cli",
    data_dir: DataDirOption = None,
    as_json: JsonOption = False,
) -> None:
    """Print a new REST API token for the default organisation (shown once)."""
    _, database = open_database(data_dir)
    with database.session() as session:
        token = create_token(session, name)
        session.commit()
    database.dispose()
    if as_json:
        print_json({"token": token})
    else:
        console.print(token)
