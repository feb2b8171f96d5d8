"""``bugstack fixes``: a fix proposal by hand, with or without a forge.

``list`` shows the fix attempts the server stored. The other commands take a stored fix's
id, or a file holding a proposal as ``bugstack fix --json`` prints it. ``show`` prints the
diff, the explanation and the test results; ``apply`` puts the fix and its regression
test into a working tree; ``deliver`` creates the fix branch (in a local repository
without touching its checkout, or pushed to a remote) and, with ``--forge``, opens the
pull request; ``test-notify`` sends a test notification through a project's channels.

Exit codes: 0 done, 1 refused (the reason is printed), 2 bad input.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from typing import Annotated, Any

import typer
from rich.console import Console
from rich.syntax import Syntax
from rich.table import Table

from bugstack.cli.app import app
from bugstack.deliver import (
    BotIdentity,
    Credentials,
    DeliveryError,
    DeliveryTarget,
    ForgeKind,
    IssueRef,
    deliver_fix,
    forge_for,
)
from bugstack.deliver.notify import SettingsError, notifier_from_settings
from bugstack.domain import FixProposal, FixStatus

__all__ = ["fixes_app"]

fixes_app = typer.Typer(
    name="fixes", no_args_is_help=True,
    help="Show, apply or deliver a fix proposal (the output of `bugstack fix --json`).",
)
app.add_typer(fixes_app, name="fixes")

ProposalArg = Annotated[str, typer.Argument(
    help="A stored fix's id, or a file with a proposal from `bugstack fix --json`.")]
DataDir = Annotated[Path | None, typer.Option(
    "--data-dir", envvar="BUGSTACK_DATA_DIR", show_default=False,
    help="Where the server keeps its data (for stored fixes; default ./.bugstack).")]
JsonFlag = Annotated[bool, typer.Option("--json", help="Print one JSON object.")]


def _exit(message: str, code: int) -> typer.Exit:
    sys.stderr.write(f"bugstack fixes: {message}\n")
    return typer.Exit(code)


@dataclass(frozen=True, slots=True)
class _Loaded:
    proposal: FixProposal
    #: The issue a stored fix belongs to (``None`` for a proposal read from a file).
    issue: IssueRef | None = None


def _from_json(data: Any, source: str) -> FixProposal:
    try:
        return FixProposal.from_json(data)
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise _exit(f"{source} is not a fix proposal ({exc!r})", 2) from exc


def _load_stored(fix_id: int, data_dir: Path | None) -> _Loaded:
    from bugstack.cli._context import open_database
    from bugstack.server.storage.models import FixAttempt, Issue

    _, database = open_database(data_dir)
    try:
        with database.session() as session:
            attempt = session.get(FixAttempt, fix_id)
            if attempt is None:
                raise _exit(f"no fix {fix_id}", 2)
            if not attempt.proposal:
                raise _exit(f"fix {fix_id} is {attempt.status} and has no proposal yet", 1)
            issue = session.get(Issue, attempt.issue_id)
            data = json.loads(attempt.proposal)
    finally:
        database.dispose()
    ref = IssueRef(id=issue.id, title=issue.title, culprit=issue.culprit) if issue else None
    return _Loaded(_from_json(data, f"fix {fix_id}"), ref)


def _load(ref: str, data_dir: Path | None = None) -> _Loaded:
    path = Path(ref)
    if ref.isdigit() and not path.exists():
        return _load_stored(int(ref), data_dir)
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError) as exc:
        raise _exit(f"cannot read {path}: {exc}", 2) from exc
    except ValueError as exc:
        raise _exit(f"{path} is not JSON: {exc}", 2) from exc
    return _Loaded(_from_json(data, str(path)))


def _suite(value: Any) -> str:
    if not isinstance(value, dict):
        return "not run"
    return f"{value.get('passed')} passed, {value.get('failed')} failed"


@fixes_app.command("list")
def list_fixes(
    issue: Annotated[int | None, typer.Option("--issue", help="Only this issue's fixes.")]
        = None,
    data_dir: DataDir = None,
    as_json: JsonFlag = False,
) -> None:
    """The fix attempts the server stored, newest first."""
    from sqlalchemy import select

    from bugstack.cli._context import open_database
    from bugstack.server.storage.models import FixAttempt, Issue

    _, database = open_database(data_dir)
    try:
        with database.session() as session:
            query = (select(FixAttempt, Issue.title).join(Issue, Issue.id == FixAttempt.issue_id)
                     .order_by(FixAttempt.id.desc()).limit(500))
            if issue is not None:
                query = query.where(FixAttempt.issue_id == issue)
            rows: list[dict[str, Any]] = [{
                "id": fix.id, "issue_id": fix.issue_id, "issue": title, "status": fix.status,
                "ci_state": fix.ci_state, "branch": fix.branch, "pr_url": fix.pr_url,
                "created_at": fix.created_at.isoformat(),
            } for fix, title in session.execute(query)]
    finally:
        database.dispose()
    if as_json:
        sys.stdout.write(json.dumps(rows, indent=2) + "\n")
        return
    table = Table("id", "issue", "status", "ci", "pull request / branch", "title")
    for row in rows:
        table.add_row(str(row["id"]), str(row["issue_id"]), row["status"],
                      row["ci_state"] or "", row["pr_url"] or row["branch"] or "", row["issue"])
    Console().print(table)


def _print_proposal(console: Console, proposal: FixProposal) -> None:
    checks = proposal.checks
    console.print(f"[bold]Status:[/bold] {proposal.status}")
    console.print(f"[bold]Explanation:[/bold] {proposal.explanation or '-'}")
    if proposal.strategy:
        console.print(f"[bold]Strategy:[/bold] {proposal.strategy}"
                      + (f" (error guide {proposal.guide_id})" if proposal.guide_id else ""))
    console.print(f"[bold]Regression test:[/bold] {proposal.regression_test_path or '-'}: "
                  f"{checks.get('regression_test_before', '?')} before the fix, "
                  f"{checks.get('regression_test_after', '?')} after")
    console.print(f"[bold]Suite:[/bold] {_suite(checks.get('suite_before'))} before, "
                  f"{_suite(checks.get('suite_after'))} after")
    if proposal.patch:
        console.print(Syntax(proposal.patch, "diff", theme="ansi_dark"))


def _story(fix_id: int, data_dir: Path | None) -> dict[str, Any]:
    """A stored fix attempt with its stages, as plain data."""
    from bugstack.cli._context import open_database
    from bugstack.pipeline.story import attempt_story

    _, database = open_database(data_dir)
    try:
        with database.session() as session:
            story = attempt_story(session, fix_id)
    finally:
        database.dispose()
    if story is None:
        raise _exit(f"no fix {fix_id}", 2)
    return story


def _print_story(console: Console, story: dict[str, Any], logs: bool) -> None:
    fix = story["fix"]
    console.print(f"[bold]Fix {fix['id']}[/bold] of issue {fix['issue_id']} "
                  f"({fix['issue_title']}): [bold]{fix['status']}[/bold]"
                  + (f" after {fix['tries']} tries" if fix["tries"] > 1 else ""),
                  highlight=False)
    for label, key in (("Branch", "branch"), ("Commit", "commit_sha"),
                       ("Pull request", "pr_url"), ("CI", "ci_state"), ("Error", "error")):
        if fix.get(key):
            console.print(f"[bold]{label}:[/bold] {fix[key]}", highlight=False)
    table = Table("stage", "status", "started", "took")
    for stage in story["stages"]:
        seconds = stage["seconds"]
        table.add_row(stage["name"], stage["status"], stage["started_at"][11:19],
                      "" if seconds is None else f"{seconds:.1f}s")
    console.print(table)
    if logs:
        for stage in story["stages"]:
            if stage["detail"]:
                console.rule(f"{stage['name']} ({stage['status']})")
                console.print(stage["detail"], markup=False, highlight=False)


@fixes_app.command("show")
def show(
    proposal_file: ProposalArg,
    data_dir: DataDir = None,
    as_json: JsonFlag = False,
    logs: Annotated[bool, typer.Option(
        "--logs/--no-logs", help="Each stage's log, for a stored fix.")] = True,
) -> None:
    """A stored fix's stages with their times and logs, then the diff, the explanation
    and the test results of its proposal (or of a proposal file)."""
    console = Console()
    if proposal_file.isdigit() and not Path(proposal_file).exists():
        story = _story(int(proposal_file), data_dir)
        if as_json:
            sys.stdout.write(json.dumps(story, indent=2) + "\n")
            return
        _print_story(console, story, logs)
        if story["proposal"] is None:
            # The stages are the answer so far; exit 1 says there is no proposal (yet).
            raise _exit(f"fix {proposal_file} is {story['fix']['status']} and has no "
                        "proposal yet", 1)
        _print_proposal(console, _from_json(story["proposal"], f"fix {proposal_file}"))
        return
    proposal = _load(proposal_file, data_dir).proposal
    if as_json:
        sys.stdout.write(json.dumps(proposal.to_json(), indent=2) + "\n")
        return
    _print_proposal(console, proposal)


@fixes_app.command("run")
def run(
    issue: Annotated[int, typer.Argument(help="The issue's id.")],
    wait: Annotated[bool, typer.Option(
        "--wait", help="Follow the job stage by stage until it ends.")] = False,
    timeout: Annotated[float, typer.Option("--timeout", help="Seconds to wait, with --wait.")]
        = 1800.0,
    data_dir: DataDir = None,
    as_json: JsonFlag = False,
) -> None:
    """Queue a fix job for an issue now (a worker runs it; one job per issue at a time)."""
    from bugstack.cli._context import open_database
    from bugstack.pipeline import FixQueue, PipelineSettings, request_fix
    from bugstack.pipeline.story import follow

    settings, database = open_database(data_dir)
    queue = FixQueue(PipelineSettings.from_env(settings))
    try:
        decision = request_fix(database, queue, issue, "manual", manual=True)
    finally:
        queue.close()
        database.dispose()
    if decision.attempt is None:
        raise _exit(decision.reason, 1)
    fix_id = decision.attempt.id
    if not wait:
        if as_json:
            sys.stdout.write(json.dumps({"fix_id": fix_id, "created": decision.created,
                                         "reason": decision.reason}) + "\n")
        else:
            Console().print(f"{decision.reason}. Follow it with: bugstack fixes show {fix_id}")
        return
    console = Console()
    if not as_json:
        console.print(decision.reason)
    story = follow(lambda: _story(fix_id, data_dir), timeout,
                   None if as_json else lambda line: console.print(line, highlight=False))
    if as_json:
        sys.stdout.write(json.dumps(story, indent=2) + "\n")
    if story["fix"]["status"] != "fixed":
        raise typer.Exit(1)


def _git(repo: Path, *args: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(["git", *args], cwd=repo, input=stdin, capture_output=True,
                          text=True, check=False)


@fixes_app.command("apply")
def apply(
    proposal_file: ProposalArg,
    repo: Annotated[Path, typer.Option("--repo", help="The working tree to change.")] = Path(),
    unverified: Annotated[bool, typer.Option(
        "--unverified", help="Apply a proposal that was not verified, too.")] = False,
    data_dir: DataDir = None,
) -> None:
    """Apply the fix and write its regression test into a working tree."""
    proposal = _load(proposal_file, data_dir).proposal
    allowed = (FixStatus.FIXED, FixStatus.UNVERIFIED) if unverified else (FixStatus.FIXED,)
    if proposal.status not in allowed:
        hint = " (use --unverified to apply it anyway)" \
            if proposal.status is FixStatus.UNVERIFIED else ""
        raise _exit(f"the proposal is {proposal.status}, not a verified fix{hint}", 1)
    if not proposal.patch.strip():
        raise _exit("the proposal has no patch", 1)
    test_file: Path | None = None
    if proposal.regression_test_path and proposal.regression_test is not None:
        rel = PurePosixPath(proposal.regression_test_path)
        if rel.is_absolute() or ".." in rel.parts:
            raise _exit(f"regression test path {rel} is outside the repository", 2)
        test_file = repo / rel
        if test_file.exists() and test_file.read_text(encoding="utf-8") != \
                proposal.regression_test:
            raise _exit(f"{rel} exists with other content; nothing was changed", 1)
    check = _git(repo, "apply", "--check", "-", stdin=proposal.patch)
    if check.returncode != 0:
        raise _exit(f"the patch does not apply here; nothing was changed:\n{check.stderr}", 1)
    done = _git(repo, "apply", "-", stdin=proposal.patch)
    if done.returncode != 0:
        raise _exit(f"git apply failed: {done.stderr}", 1)
    if test_file is not None and proposal.regression_test is not None:
        test_file.parent.mkdir(parents=True, exist_ok=True)
        test_file.write_text(proposal.regression_test, encoding="utf-8")
    Console().print(f"Applied the fix to {repo}"
                    + (f" and wrote {proposal.regression_test_path}" if test_file else ""))


@fixes_app.command("deliver")
def deliver(
    proposal_file: ProposalArg,
    repo: Annotated[str, typer.Option(
        "--repo", help="A local repository path, or a git URL to clone and push to.")],
    issue: Annotated[int | None, typer.Option(
        "--issue", help="The issue's id in bugstack (a stored fix knows it).")] = None,
    title: Annotated[str | None, typer.Option(
        "--title", help="The error, e.g. 'KeyError: sku' (names the branch and PR).")] = None,
    culprit: Annotated[str | None, typer.Option("--culprit", help="Where it happened.")] = None,
    link: Annotated[str | None, typer.Option("--link", help="The issue's URL.")] = None,
    default_branch: Annotated[str, typer.Option("--default-branch")] = "main",
    remote: Annotated[str | None, typer.Option(
        "--remote", help="Also push the branch to this remote of a local repository.")] = None,
    forge: Annotated[ForgeKind, typer.Option("--forge", help="Open a pull request here.")]
        = ForgeKind.PLAIN,
    forge_repo: Annotated[str | None, typer.Option("--forge-repo", help="owner/name.")] = None,
    forge_url: Annotated[str | None, typer.Option("--forge-url", help="The API root.")] = None,
    token_env: Annotated[str, typer.Option(
        "--token-env", help="Environment variable holding the forge/git token.")]
        = "BUGSTACK_FORGE_TOKEN",
    ssh_key: Annotated[str | None, typer.Option("--ssh-key", help="Private key for SSH.")]
        = None,
    bot_name: Annotated[str, typer.Option("--bot-name")] = "bugstack",
    bot_email: Annotated[str, typer.Option("--bot-email")] = "bugstack@users.noreply.localhost",
    label: Annotated[list[str] | None, typer.Option("--label", help="Repeatable.")] = None,
    data_dir: DataDir = None,
    as_json: JsonFlag = False,
) -> None:
    """Create the fix branch (and, with --forge, the pull request) for a proposal."""
    loaded = _load(proposal_file, data_dir)
    proposal, stored = loaded.proposal, loaded.issue
    issue_ref = IssueRef(
        id=issue if issue is not None else stored.id if stored else 0,
        title=title or (stored.title if stored else "bugstack fix"),
        culprit=culprit or (stored.culprit if stored else None), link=link,
    )
    target = DeliveryTarget(
        repository=repo, forge=forge, forge_repo=forge_repo, forge_url=forge_url,
        credentials=Credentials(token=os.environ.get(token_env) or None, ssh_key_path=ssh_key),
        default_branch=default_branch, push_remote=remote,
        bot=BotIdentity(bot_name, bot_email),
        labels=tuple(label) if label else ("bugstack",),
        workdir=str((data_dir or Path(".bugstack")).resolve()),
    )
    client = None
    try:
        client = forge_for(target)
        delivery = deliver_fix(proposal, target, issue_ref, client)
    except DeliveryError as exc:
        raise _exit(str(exc), 1) from exc
    finally:
        if client is not None:
            client.close()
    if as_json:
        sys.stdout.write(json.dumps(delivery.to_json(), indent=2) + "\n")
        return
    console = Console()
    console.print(f"Branch [bold]{delivery.branch}[/bold] at {delivery.commit[:12]}")
    if delivery.pr_url:
        console.print(f"Pull request #{delivery.pr_number}: {delivery.pr_url}")
    for note in delivery.notes:
        console.print(f"- {note}")


@fixes_app.command("test-notify")
def test_notify(
    settings_file: Annotated[Path, typer.Argument(help="The project's channels, as JSON.")],
    project: Annotated[str, typer.Option("--project")] = "bugstack",
) -> None:
    """Send a test notification through every channel in a settings file."""
    try:
        settings = json.loads(settings_file.read_text(encoding="utf-8"))
        notifier = notifier_from_settings(settings if isinstance(settings, list) else [settings])
    except (OSError, ValueError) as exc:  # SettingsError is a ValueError
        kind = "bad settings" if isinstance(exc, SettingsError) else "cannot read settings"
        raise _exit(f"{kind}: {exc}", 2) from exc
    results = notifier.send_test(project)
    console = Console()
    for result in results:
        console.print(f"{'ok  ' if result.ok else 'FAIL'} {result.channel}"
                      + (f": {result.error}" if result.error else ""))
    if not all(r.ok for r in results):
        raise typer.Exit(1)
