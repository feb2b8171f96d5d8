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

# Each command group registers itself on `app` when imported.
from bugstack.cli import demo as _demo  # noqa: E402,F401
from bugstack.cli import fix as _fix  # noqa: E402,F401
from bugstack.cli import fixes as _fixes  # noqa: E402,F401
from bugstack.cli import guides as _guides  # noqa: E402,F401
from bugstack.cli import issues as _issues  # noqa: E402,F401
from bugstack.cli import projects as _projects  # noqa: E402,F401
from bugstack.cli import serve as _serve  # noqa: E402,F401
from bugstack.cli import worker as _worker  # noqa: E402,F401
