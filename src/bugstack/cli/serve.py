"""``bugstack serve``: the API, the ingest and the fix workers, in one command."""

from __future__ import annotations

import logging
import subprocess
from typing import Annotated

import typer
import uvicorn

from bugstack.cli._context import DataDirOption, console, settings_for
from bugstack.cli.app import app
from bugstack.pipeline import start_worker_process
from bugstack.server.app import create_app

__all__ = ["serve"]


@app.command()
def serve(
    data_dir: DataDirOption = None,
    host: Annotated[str, typer.Option(help="Address to listen on.")] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="Port to listen on.")] = 8000,
    log_level: Annotated[str, typer.Option(help="debug, info, warning or error.")] = "info",
    no_workers: Annotated[bool, typer.Option(
        "--no-workers", help="API and ingest only; fix jobs run in `bugstack worker` "
        "processes elsewhere (distributed mode).")] = False,
) -> None:
    """Start the bugstack server (SQLite in the data directory unless
    BUGSTACK_DATABASE_URL names another database) and, unless --no-workers, a worker."""
    settings = settings_for(data_dir)
    logging.basicConfig(level=log_level.upper(), format="%(levelname)s %(name)s: %(message)s")
    where = settings.database_url or f"SQLite in {settings.data_dir.resolve()}"
    console.print(f"[bold]bugstack[/bold] on http://{host}:{port}  ·  storage: {where}")
    console.print("Create a project with: [cyan]bugstack project create NAME[/cyan]")
    worker: subprocess.Popen[bytes] | None = None
    if no_workers:
        console.print("No fix worker here: fix jobs wait for `bugstack worker` processes"
                      + (" on this host (the queue is in the data directory)"
                         if settings.is_sqlite else "") + ".")
    else:
        settings.data_dir.mkdir(parents=True, exist_ok=True)
        # Migrations run here first, so the worker and the server do not race to make
        # the tables of a new data directory.
        from bugstack.server.storage.database import Database

        database = Database(settings.resolved_database_url)
        database.migrate()
        database.dispose()
        worker = start_worker_process(settings.data_dir.resolve(),
                                      settings.data_dir / "worker.log")
        console.print(f"Fix worker running (pid {worker.pid}, log "
                      f"{settings.data_dir / 'worker.log'})")
    try:
        uvicorn.run(create_app(settings), host=host, port=port, log_level=log_level,
                    access_log=False, timeout_graceful_shutdown=10)
    finally:
        if worker is not None and worker.poll() is None:
            worker.terminate()
            try:
                worker.wait(15)
            except subprocess.TimeoutExpired:
                worker.kill()
