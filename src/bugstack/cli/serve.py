"""``bugstack serve``: the API, the ingest and (later) the workers, in one process."""

from __future__ import annotations

import logging
import os
from dataclasses import replace
from typing import Annotated

import typer
import uvicorn

from bugstack.cli._context import DataDirOption, console, settings_for
from bugstack.cli.app import app
from bugstack.server.app import create_app

__all__ = ["serve"]


@app.command()
def serve(
    data_dir: DataDirOption = None,
    host: Annotated[str, typer.Option(help="Address to listen on.")] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="Port to listen on.")] = 8000,
    log_level: Annotated[str, typer.Option(help="debug, info, warning or error.")] = "info",
) -> None:
    """Start the bugstack server (SQLite in the data directory unless
    BUGSTACK_DATABASE_URL names another database)."""
    settings = settings_for(data_dir)
    if "BUGSTACK_PUBLIC_URL" not in os.environ:
        # DSNs the server prints should point at where it actually listens.
        settings = replace(settings, public_url=f"http://{host}:{port}")
    logging.basicConfig(level=log_level.upper(), format="%(levelname)s %(name)s: %(message)s")
    where = settings.database_url or f"SQLite in {settings.data_dir.resolve()}"
    console.print(f"[bold]bugstack[/bold] on http://{host}:{port}  ·  storage: {where}")
    console.print("Create a project with: [cyan]bugstack project create NAME[/cyan]")
    uvicorn.run(create_app(settings), host=host, port=port, log_level=log_level,
                access_log=False, timeout_graceful_shutdown=10)
