"""The root Typer application; each command group lives in a module of its own."""

from __future__ import annotations

import importlib

import typer

__all__ = ["app", "load_commands"]

app = typer.Typer(
    name="bugstack",
    help="Turn production exceptions into verified fixes delivered as pull requests.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)



@app.callback()
def _root() -> None:
    # A callback keeps Typer in group mode when only one command's module is loaded;
    # without it, `bugstack serve ...` would be parsed as a lone command's arguments.
    pass


# Each command group registers itself on `app` when its module is imported. Only the
# module of the command being run is imported: `bugstack fix` runs in every fix job and
# must not pay for the server stack (SQLAlchemy, Alembic, uvicorn) that `serve` needs.
_MODULES_BY_COMMAND = {
    "demo": "demo",
    "events": "issues",
    "fix": "fix",
    "fixes": "fixes",
    "guides": "guides",
    "issues": "issues",
    "project": "projects",
    "serve": "serve",
    "token": "projects",
    "worker": "worker",
}


def load_commands(argv: list[str]) -> None:
    """Import the command groups ``argv`` needs; all of them for help or an unknown name."""
    first = next((arg for arg in argv if not arg.startswith("-")), None)
    module = _MODULES_BY_COMMAND.get(first or "")
    names = [module] if module else sorted(set(_MODULES_BY_COMMAND.values()))
    for name in names:
        importlib.import_module(f"bugstack.cli.{name}")
