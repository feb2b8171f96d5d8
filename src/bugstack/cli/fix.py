"""``bugstack fix``: from a captured error and a repository to a verified patch, offline.

Exit codes are a contract other tools rely on: 0 a verified fix was found (and, with
``--write``, applied with its regression test), 1 no verified fix (the repository is
untouched), 2 bad input, with a one-line reason.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer
from rich.console import Console

from bugstack.cli.app import app
from bugstack.domain import FixStatus
from bugstack.repair.candidates import default_strategies
from bugstack.repair.pipeline import FixRequest, FixRun, run_fix
from bugstack.repair.report import print_report, to_json_text
from bugstack.repair.traceback_event import TracebackParseError, event_from_traceback
from bugstack.repair.workspace import WorkspaceError, contained

if TYPE_CHECKING:
    from bugstack.repair.candidates.llm import LlmStrategy

__all__ = ["fix"]


def _bad_input(reason: str) -> typer.Exit:
    sys.stderr.write(f"bugstack fix: {reason}\n")
    return typer.Exit(2)


def _load_event(event: Path | None, traceback: Path | None) -> dict[str, Any]:
    if (event is None) == (traceback is None):
        raise _bad_input("give exactly one of --event and --traceback")
    source = event or traceback
    assert source is not None
    try:
        text = source.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise _bad_input(f"cannot read {source}: {exc}") from exc
    if traceback is not None:
        try:
            return event_from_traceback(text)
        except TracebackParseError as exc:
            raise _bad_input(f"{source}: {exc}") from exc
    try:
        data = json.loads(text)
    except ValueError as exc:
        raise _bad_input(f"{source} is not JSON: {exc}") from exc
    if isinstance(data, dict) and isinstance(data.get("event"), dict):
        data = data["event"]  # as `bugstack events show --json` wraps it
    if not isinstance(data, dict) or not data.get("exception"):
        raise _bad_input(f"{source} is not an error event (it has no 'exception')")
    return data


def _write(run: FixRun, repo: Path) -> str | None:
    """Apply the fix and its test to the working tree; a reason when it cannot be done."""
    try:  # the working tree may differ from the commit: a link there must not lead out
        targets = {rel: contained(repo, rel) for rel in (*run.originals, *run.edits)}
    except WorkspaceError as exc:
        return f"{exc}; nothing was written"
    for rel, original in run.originals.items():
        target = targets[rel]
        current = target.read_text(encoding="utf-8") if target.exists() else ""
        if current != original:
            return f"{rel} differs from the commit the fix was made on; nothing was written"
    for rel, text in run.edits.items():
        target = targets[rel]
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(text, encoding="utf-8")
    return None


def _llm_strategy(repo: Path) -> LlmStrategy:
    # Imported only with --llm: the model's client and prompt cost start-up time otherwise.
    from bugstack.llm.settings import LlmConfigError
    from bugstack.repair.candidates.llm import strategy_from_env

    try:
        return strategy_from_env(repo, others=default_strategies())
    except LlmConfigError as exc:
        raise _bad_input(f"--llm: {exc}") from exc


@app.command("fix")
def fix(
    repo: Annotated[Path, typer.Option("--repo", help="The app's repository.")],
    event: Annotated[Path | None, typer.Option("--event", help="Error event JSON.")] = None,
    traceback: Annotated[
        Path | None, typer.Option("--traceback", help="A Python traceback from a log.")
    ] = None,
    test_command: Annotated[str | None, typer.Option(
        "--test-command", help="How the app's tests run (default: python -m pytest -q)."
    )] = None,
    write: Annotated[bool, typer.Option(
        "--write", help="Apply a verified fix and its regression test to the working tree."
    )] = False,
    as_json: Annotated[bool, typer.Option("--json", help="Print one JSON object.")] = False,
    timeout: Annotated[float, typer.Option(
        "--timeout", help="Seconds allowed for each run of the app's code.", min=1
    )] = 120.0,
    budget: Annotated[float, typer.Option(
        "--budget", help="Seconds allowed for the whole fix.", min=1
    )] = 900.0,
    run_dir: Annotated[Path | None, typer.Option(
        "--run-dir", help="Save each stage's result as JSON here."
    )] = None,
    llm: Annotated[bool, typer.Option(
        "--llm", help="Also ask the model set by BUGSTACK_LLM_* for candidates (docs/llm.md)."
    )] = False,
) -> None:
    """Reproduce a captured error, find a verified minimal fix, and explain it."""
    if not repo.is_dir():
        raise _bad_input(f"--repo {repo} is not a directory")
    data = _load_event(event, traceback)
    console = Console(stderr=True)
    request = FixRequest(repo=repo, event=data, test_command=test_command, timeout=timeout,
                         budget=budget, run_dir=run_dir)
    # --llm: the model's candidates join the others and go through the same verification.
    model = _llm_strategy(repo) if llm else None
    if model is not None:
        request.strategies = [*default_strategies(), model]
    try:
        if as_json:
            run = run_fix(request)
        else:
            with console.status("starting") as status:
                run = run_fix(request, lambda message: status.update(message))
    except WorkspaceError as exc:
        raise _bad_input(str(exc)) from exc
    if model is not None:
        from bugstack.repair.candidates.llm import record_transcript

        record_transcript(run.proposal, model, run_dir)
    written = False
    if write and run.proposal.status is FixStatus.FIXED:
        refusal = _write(run, repo.resolve())
        if refusal is not None:
            run.warnings.append(refusal)
        written = refusal is None
    if as_json:
        sys.stdout.write(to_json_text(run.proposal, run.warnings) + "\n")
    else:
        print_report(run.proposal, Console(), run.warnings, written)
    fixed = run.proposal.status is FixStatus.FIXED and (written or not write)
    raise typer.Exit(0 if fixed else 1)
