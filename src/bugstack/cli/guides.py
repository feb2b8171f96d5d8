"""``bugstack guides``: list the error guides, show one, or find those fitting a traceback."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Annotated

import typer

from bugstack.cli.app import app
from bugstack.guides import Guide, guide_by_id, load_guides, match_traceback, parse_traceback
from bugstack.guides.render import example_for_display

__all__ = ["guides_app"]

guides_app = typer.Typer(
    help="The error guides: known errors, explained, with the recipe that fixes them.",
    no_args_is_help=True,
)
app.add_typer(guides_app, name="guides")


def _summary(guide: Guide) -> dict[str, object]:
    return {
        "id": guide.id,
        "title": guide.title,
        "exception": guide.exception_type,
        "frameworks": list(guide.frameworks),
        "safe": guide.safe,
    }


@guides_app.command("list")
def list_guides(
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON.")] = False,
) -> None:
    """List every guide: id, exception, frameworks and whether its fix is safe."""
    guides = load_guides()
    if as_json:
        typer.echo(json.dumps([_summary(g) for g in guides], indent=2))
        return
    width = max(len(g.id) for g in guides)
    for guide in guides:
        safety = "safe" if guide.safe else "review"
        typer.echo(
            f"{guide.id:<{width}}  {guide.exception_type:<22} {safety:<6}  "
            f"{', '.join(guide.frameworks)}"
        )


@guides_app.command("show")
def show_guide(guide_id: Annotated[str, typer.Argument(help="The guide's id.")]) -> None:
    """Print one guide: its sections, the broken and fixed examples, and its test."""
    guide = guide_by_id(guide_id)
    if guide is None:
        typer.echo(f"bugstack: no guide {guide_id!r}; see `bugstack guides list`.", err=True)
        raise typer.Exit(2)
    parts = [f"# {guide.title}", ""]
    if guide.summary:
        parts += [guide.summary, ""]
    for title, text in guide.sections.items():
        parts += [f"## {title}", "", text, ""]
        if title == "The fix":
            parts += ["Before (broken.py):", "", guide.broken, "After (fixed.py):", "", guide.fixed]
        elif title == "Testing the fix":
            parts += [example_for_display(guide.test_source)]
    typer.echo("\n".join(parts).rstrip())


@guides_app.command("match")
def match(
    file: Annotated[
        str, typer.Argument(help="A file holding a pasted Python traceback, or - for stdin.")
    ],
    repo: Annotated[
        Path | None,
        typer.Option(
            help="The app's directory: the guides' codemods then check the code itself.",
            exists=True,
            file_okay=False,
        ),
    ] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON.")] = False,
) -> None:
    """Name the guides that fit a traceback (exit status 1 when none does)."""
    if file == "-":
        text = sys.stdin.read()
    else:
        path = Path(file)
        if not path.is_file():
            typer.echo(f"bugstack: {file}: no such file", err=True)
            raise typer.Exit(2)
        text = path.read_text(encoding="utf-8", errors="replace")
    event = parse_traceback(text)
    if event is None or event.primary is None:
        typer.echo("bugstack: no Python traceback found in the input", err=True)
        raise typer.Exit(2)
    found = match_traceback(text, repo)
    if as_json:
        typer.echo(json.dumps({"error": event.title, "guides": [_summary(g) for g in found]}))
    elif found:
        for guide in found:
            typer.echo(f"{guide.id}  {guide.title}")
    else:
        typer.echo(f"No guide fits {event.title!r}.")
    if not found:
        raise typer.Exit(1)
