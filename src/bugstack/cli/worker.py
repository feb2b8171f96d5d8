"""``bugstack worker``: run fix jobs (any number of these, on any number of hosts)."""

from __future__ import annotations

import dataclasses
import logging
from typing import Annotated

import typer

from bugstack.cli._context import DataDirOption, console, fail, settings_for
from bugstack.cli.app import app
from bugstack.pipeline import PipelineSettings, run_worker

__all__ = ["worker"]


@app.command()
def worker(
    data_dir: DataDirOption = None,
    concurrency: Annotated[int | None, typer.Option(
        "--concurrency", min=1,
        help="Jobs at once (default BUGSTACK_WORKER_CONCURRENCY or 2).")] = None,
    log_level: Annotated[str, typer.Option(help="debug, info, warning or error.")] = "info",
) -> None:
    """Run fix jobs from the queue: reproduce, fix, verify, deliver, follow CI.

    Embedded (SQLite), `bugstack serve` already runs one. Distributed, run this on each
    worker host with the same BUGSTACK_DATABASE_URL (PostgreSQL, also the job queue) and
    BUGSTACK_SECRET_KEY as the API hosts.
    """
    logging.basicConfig(level=log_level.upper(), format="%(levelname)s %(name)s: %(message)s")
    logging.getLogger("huey").setLevel(logging.WARNING)
    try:
        settings = PipelineSettings.from_env(settings_for(data_dir))
    except ValueError as exc:
        raise fail(str(exc)) from exc
    if concurrency is not None:
        settings = dataclasses.replace(settings, concurrency=concurrency)
    console.print(f"[bold]bugstack worker[/bold]: {settings.concurrency} job(s) at once",
                  highlight=False)
    run_worker(settings)
