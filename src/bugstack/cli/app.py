"""The root Typer application; each command group lives in a module of its own."""

from __future__ import annotations

import typer

__all__ = ["app"]

app = typer.Typer(
    name="bugstack",
    help="Turn production exceptions into verified fixes delivered as pull requests.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
