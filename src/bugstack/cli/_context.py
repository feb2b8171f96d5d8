"""What the server-side commands share: where the data is, and how to print."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.console import Console

from bugstack.server.config import Settings
from bugstack.server.storage.database import Database

__all__ = ["DataDirOption", "JsonOption", "console", "fail", "open_database", "print_json",
           "settings_for"]

console = Console()

DataDirOption = Annotated[
    Path | None,
    typer.Option("--data-dir", envvar="BUGSTACK_DATA_DIR",
                 help="Where the embedded database lives (default ./.bugstack).",
                 show_default=False),
]
JsonOption = Annotated[bool, typer.Option("--json", help="Print JSON for other programs.")]


def settings_for(data_dir: Path | None) -> Settings:
    return Settings.from_env(data_dir)


def open_database(data_dir: Path | None) -> tuple[Settings, Database]:
    settings = settings_for(data_dir)
    database = Database(settings.resolved_database_url)
    database.migrate()
    return settings, database


def print_json(value: Any) -> None:
    sys.stdout.write(json.dumps(value, indent=2, default=str) + "\n")


def fail(message: str, code: int = 2) -> typer.Exit:
    sys.stderr.write(f"bugstack: {message}\n")
    return typer.Exit(code)
