"""``bugstack demo``: from a crash in an example app to the fix branch, in one command."""

from __future__ import annotations

import signal
import threading
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.syntax import Syntax

from bugstack.cli.app import app

__all__ = ["demo"]


@app.command()
def demo(
    directory: Annotated[Path | None, typer.Option(
        "--dir", help="Where the demo keeps the app and bugstack's data (default: a new "
        "temporary directory).", show_default=False)] = None,
    port: Annotated[int | None, typer.Option(
        "--port", help="bugstack's port (default: a free one).", show_default=False)] = None,
    keep_running: Annotated[bool, typer.Option(
        "--keep-running", help="Leave bugstack running after the fix, until Ctrl-C, to "
        "look at the dashboard.")] = False,
    timeout: Annotated[float, typer.Option("--timeout", help="Seconds to wait for the fix.")]
        = 600.0,
) -> None:
    """Start bugstack, run an example app with a real bug, trigger it, and watch the fix
    being made stage by stage until its branch exists."""
    from bugstack.pipeline.demo import DemoError, run_demo

    console = Console(highlight=False)

    def wait_for_ctrl_c(url: str) -> None:
        console.print(f"\nbugstack is still running on {url}. Ctrl-C to stop.")
        stop = threading.Event()
        signal.signal(signal.SIGINT, lambda *_: stop.set())
        signal.signal(signal.SIGTERM, lambda *_: stop.set())
        stop.wait()

    try:
        result = run_demo(console.print, directory, port, timeout,
                          wait_for_ctrl_c if keep_running else None)
    except DemoError as exc:
        console.print(f"[red]The demo stopped:[/red] {exc}")
        raise typer.Exit(1) from exc
    console.print()
    if result.branch is None:
        console.print(f"[red]Fix {result.fix_id} ended as {result.status}, without a branch."
                      "[/red]")
        console.print(f"Its story: bugstack fixes show {result.fix_id} "
                      f"--data-dir {result.home / 'bugstack-data'}")
        raise typer.Exit(1)
    console.print(f"[bold green]Fixed.[/bold green] Branch [bold]{result.branch}[/bold] "
                  f"in {result.app_dir}:")
    console.print(Syntax(result.diff, "diff", theme="ansi_dark", word_wrap=True))
    data = result.home / "bugstack-data"
    console.print("Where to look:")
    console.print(f"  the branch:     git -C {result.app_dir} log -p main..{result.branch}")
    console.print(f"  the story:      bugstack fixes show {result.fix_id} --data-dir {data}")
    console.print(f"  the dashboard:  bugstack serve --data-dir {data}, then "
                  f"http://127.0.0.1:8000/issues/{result.issue_id}")
    console.print(f"  everything:     {result.home}")
