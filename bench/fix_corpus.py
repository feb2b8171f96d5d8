"""Run the fix engine over the corpus of buggy apps in ``bench/cases`` and judge each fix.

For every case the runner does what production and a reviewer would do, in this order:

1. copy the case's ``app/`` into a fresh git repository and commit it (the commit is the
   release the event will name);
2. deploy a second copy at another path, and run the case's ``trigger.py`` against it with
   the real ``sentry-sdk`` initialised, the event going to a file instead of the network;
3. time the app's own test suite on the unpatched repository (the speed budget is twice
   that plus five seconds);
4. run ``bugstack fix --repo REPO --event EVENT --json`` as a subprocess;
5. judge: **fixed** when the engine claims a fix AND, with its patch and regression test
   applied, the case's hidden check passes and the app's own suite passes; **wrong_fix**
   when it claims a fix that fails either; **declined** when it does not claim one.

The hidden check lives beside ``app/`` and is copied into the repository only after the
engine has finished, so the engine never sees it.

    python bench/fix_corpus.py                      # every case, one at a time
    python bench/fix_corpus.py --case fastapi_missing_sku --case flask_none_user
    python bench/fix_corpus.py --engine-args "--timeout 120"

Results go to ``bench/results/`` as JSON (git-ignored) and a table to standard output.
"""

from __future__ import annotations

import argparse
import json
import os
import shlex
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import tomllib
from collections.abc import Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import asdict, dataclass, field
from enum import StrEnum
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

__all__ = [
    "Capture",
    "Case",
    "CaseResult",
    "Outcome",
    "Server",
    "capture_event",
    "default_engine",
    "engine_available",
    "fetch_stored_event",
    "load_cases",
    "main",
    "prepare_repository",
    "run_case",
    "run_hidden_check",
    "run_suite",
    "summarise",
]

BENCH_DIR = Path(__file__).resolve().parent
CASES_DIR = BENCH_DIR / "cases"
RESULTS_DIR = BENCH_DIR / "results"

#: Where the hidden check is copied in the patched repository, after the engine is done.
HIDDEN_CHECK_NAME = "test_bugstack_hidden_check.py"
#: A DSN that names nothing: the capture transport writes to a file and never connects.
_OFFLINE_DSN = "http://0123456789abcdef0123456789abcdef@127.0.0.1:9/1"
_SUITE_TIMEOUT = 300.0
_CAPTURE_TIMEOUT = 120.0


class Outcome(StrEnum):
    FIXED = "fixed"
    #: Claimed fixed, but the hidden check or the app's own suite says otherwise.
    WRONG_FIX = "wrong_fix"
    #: The engine did not claim a fix (not_fixed, not_reproduced, unverified).
    DECLINED = "declined"
    #: ``bugstack fix`` does not exist (yet) in this environment.
    ENGINE_UNAVAILABLE = "engine_unavailable"
    #: The engine crashed, timed out, rejected its input or printed no readable JSON.
    ENGINE_ERROR = "engine_error"
    #: The case itself could not be set up (suite failing on the buggy code, no event).
    CASE_ERROR = "case_error"


@dataclass(frozen=True, slots=True)
class Case:
    id: str
    directory: Path
    title: str
    framework: str
    error_type: str
    test_command: str
    notes: str = ""
    #: False when the error is raised inside the framework with no app frame on the stack
    #: (a Flask view returning None): the event alone does not point at the app's code.
    in_app_frames: bool = True

    @property
    def app_dir(self) -> Path:
        return self.directory / "app"

    @property
    def trigger(self) -> Path:
        return self.directory / "trigger.py"

    @property
    def hidden_check(self) -> Path:
        return self.directory / "hidden_check.py"

    @property
    def reference_patch(self) -> Path:
        """The fix a person would write; used only to prove the hidden check can pass."""
        return self.directory / "reference.patch"


@dataclass(frozen=True, slots=True)
class Capture:
    """What running a trigger under sentry-sdk produced."""

    event: dict[str, Any] | None
    #: ``{"type", "module", "message"}`` of the exception the trigger raised, if any.
    raised: dict[str, str] | None
    stderr: str

    def exception_type(self) -> str | None:
        if not self.event:
            return None
        values = (self.event.get("exception") or {}).get("values") or []
        return str(values[-1].get("type")) if values else None


@dataclass(slots=True)
class CaseResult:
    case: str
    framework: str
    error_type: str
    outcome: Outcome
    detail: str = ""
    engine_status: str | None = None
    engine_exit: int | None = None
    engine_seconds: float | None = None
    suite_seconds: float | None = None
    strategy: str | None = None
    candidates_tried: int | None = None
    patch: str | None = None
    explanation: str | None = None
    hidden_check_output: str | None = None
    extra: dict[str, Any] = field(default_factory=dict)

    @property
    def budget_seconds(self) -> float | None:
        """The issue's aim for a verified fix: twice the app's own suite time plus 5 s."""
        return None if self.suite_seconds is None else 2 * self.suite_seconds + 5

    def to_json(self) -> dict[str, Any]:
        data = asdict(self)
        data["outcome"] = self.outcome.value
        data["budget_seconds"] = self.budget_seconds
        return data


# --------------------------------------------------------------------------- cases


def load_cases(root: Path = CASES_DIR, only: Sequence[str] = ()) -> list[Case]:
    """Every case under ``root`` (a directory with a ``case.toml``), sorted by id."""
    cases: list[Case] = []
    for toml_path in sorted(root.glob("*/case.toml")):
        data = tomllib.loads(toml_path.read_text(encoding="utf-8"))
        directory = toml_path.parent
        cases.append(
            Case(
                id=directory.name,
                directory=directory,
                title=str(data["title"]),
                framework=str(data["framework"]),
                error_type=str(data["error_type"]),
                test_command=str(data.get("test_command", "python -m pytest -q")),
                notes=str(data.get("notes", "")).strip(),
                in_app_frames=bool(data.get("in_app_frames", True)),
            )
        )
    if only:
        known = {c.id for c in cases}
        unknown = [name for name in only if name not in known]
        if unknown:
            raise SystemExit(f"unknown case(s): {', '.join(unknown)}")
        cases = [c for c in cases if c.id in only]
    return cases


# --------------------------------------------------------------------------- processes


def tool_environment() -> dict[str, str]:
    """The environment for the app's processes: this interpreter's ``bin`` first on PATH,
    so a case's ``python -m pytest`` runs with the packages the corpus was written for."""
    env = dict(os.environ)
    env["PATH"] = os.pathsep.join([str(Path(sys.executable).parent), env.get("PATH", "")])
    env.pop("PYTHONPATH", None)
    env["PYTHONDONTWRITEBYTECODE"] = "1"
    # pytest's own cache would leave files in the repository the engine is handed. The
    # hypothesis plugin (installed here for bugstack's own tests, used by no case) costs
    # a second per pytest start, which would otherwise dominate the suite times measured.
    env["PYTEST_ADDOPTS"] = "-p no:cacheprovider -p no:hypothesispytest"
    return env


def _run(
    args: Sequence[str], cwd: Path, timeout: float, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        list(args),
        cwd=cwd,
        env=env or tool_environment(),
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
    )


def _git(repo: Path, *args: str) -> str:
    done = _run(["git", *args], repo, 60)
    if done.returncode != 0:
        raise RuntimeError(f"git {' '.join(args)} failed: {done.stderr.strip()}")
    return done.stdout.strip()


def prepare_repository(case: Case, destination: Path) -> str:
    """Copy the case's app into ``destination`` as a one-commit git repository.

    Returns the commit id, which the event names as its ``release``.
    """
    shutil.copytree(case.app_dir, destination, ignore=shutil.ignore_patterns("__pycache__"))
    _git(destination, "init", "-q", "-b", "main")
    _git(destination, "config", "user.email", "corpus@bugstack.invalid")
    _git(destination, "config", "user.name", "bugstack corpus")
    _git(destination, "config", "commit.gpgsign", "false")
    _git(destination, "add", "-A")
    _git(destination, "commit", "-q", "-m", f"release of {case.id}")
    return _git(destination, "rev-parse", "HEAD")


def deploy(case: Case, destination: Path) -> Path:
    """A deployed copy: the same files at another path, as on a production server."""
    shutil.copytree(case.app_dir, destination, ignore=shutil.ignore_patterns("__pycache__"))
    return destination


@dataclass(frozen=True, slots=True)
class SuiteRun:
    passed: bool
    seconds: float
    output: str


def run_suite(repo: Path, test_command: str, timeout: float = _SUITE_TIMEOUT) -> SuiteRun:
    started = time.perf_counter()
    try:
        done = _run(shlex.split(test_command), repo, timeout)
    except subprocess.TimeoutExpired:
        return SuiteRun(False, time.perf_counter() - started, f"timed out after {timeout:.0f}s")
    seconds = time.perf_counter() - started
    return SuiteRun(done.returncode == 0, seconds, (done.stdout + done.stderr)[-4000:])


def run_hidden_check(case: Case, repo: Path, timeout: float = _SUITE_TIMEOUT) -> SuiteRun:
    """Copy the hidden check into the repository's ``tests/`` and run it alone."""
    target = repo / "tests" / HIDDEN_CHECK_NAME
    target.parent.mkdir(exist_ok=True)
    shutil.copyfile(case.hidden_check, target)
    rel = target.relative_to(repo).as_posix()
    return run_suite(repo, f"python -m pytest -q {rel}", timeout)


# --------------------------------------------------------------------------- capture


@dataclass(frozen=True, slots=True)
class Server:
    """A running bugstack server to send events through, instead of writing them to a file."""

    #: The project's DSN, as ``bugstack project create`` prints it; loopback only.
    dsn: str
    #: The server's data directory, for ``bugstack events show`` (None: its default).
    data_dir: Path | None = None

    def __post_init__(self) -> None:
        host = urlsplit(self.dsn).hostname or ""
        if not (host == "localhost" or host == "::1" or host.startswith("127.")):
            raise ValueError(f"the corpus sends events to loopback servers only, not {host!r}")


def capture_event(
    case: Case, deployed: Path, release: str, scratch: Path, server: Server | None = None
) -> Capture:
    """Run the trigger against the deployed copy under the real sentry-sdk.

    The trigger is copied outside the deployment, so its own frames are not in-app: in
    production the caller (a browser, a cron daemon) is not part of the app either. With
    a ``server``, the event goes over HTTP to bugstack's ingest and what the engine gets
    is the event as the server stored it.
    """
    scratch.mkdir(parents=True, exist_ok=True)
    trigger = scratch / "trigger.py"
    shutil.copyfile(case.trigger, trigger)
    out = scratch / "capture.json"
    args = [
        sys.executable,
        str(Path(__file__).resolve()),
        "_capture",
        "--trigger",
        str(trigger),
        "--out",
        str(out),
        "--release",
        release,
        "--framework",
        case.framework,
        *(["--dsn", server.dsn] if server else []),
    ]
    try:
        done = _run(args, deployed, _CAPTURE_TIMEOUT)
        stderr = done.stderr
    except subprocess.TimeoutExpired:
        return Capture(None, None, f"trigger timed out after {_CAPTURE_TIMEOUT:.0f}s")
    if not out.exists():
        return Capture(None, None, stderr[-4000:])
    data = json.loads(out.read_text(encoding="utf-8"))
    if server is not None:
        ids = data["event_ids"]
        stored = fetch_stored_event(server, ids[0]) if ids else None
        return Capture(stored, data.get("raised"), stderr[-4000:])
    events = [e for e in data["events"] if e.get("exception")]
    return Capture(events[0] if events else None, data.get("raised"), stderr[-4000:])


def fetch_stored_event(
    server: Server, event_id: str, patience: float = 20.0
) -> dict[str, Any] | None:
    """The event as the server stored it (``bugstack events show ID --json``).

    Ingest commits in groups, so a just-sent event may take a moment to be readable.
    """
    args = [default_engine()[0], "events", "show", event_id, "--json"]
    if server.data_dir is not None:
        args += ["--data-dir", str(server.data_dir)]
    deadline = time.monotonic() + patience
    while True:
        done = _run(args, Path.cwd(), 60, env=dict(os.environ))
        if done.returncode == 0:
            value = _last_json_object(done.stdout)
            if value is not None:
                return value
        if time.monotonic() > deadline:
            return None
        time.sleep(0.5)


#: The sentry-sdk integrations a production app on each framework would have enabled.
#: Named explicitly because auto-enabling probes every framework installed beside this
#: script (celery, sqlalchemy, ...), which a real app's environment would not hold.
_INTEGRATIONS: dict[str, tuple[tuple[str, str], ...]] = {
    "fastapi": (
        ("sentry_sdk.integrations.starlette", "StarletteIntegration"),
        ("sentry_sdk.integrations.fastapi", "FastApiIntegration"),
    ),
    "flask": (("sentry_sdk.integrations.flask", "FlaskIntegration"),),
    "django": (("sentry_sdk.integrations.django", "DjangoIntegration"),),
}


def _capture_main(trigger: str, out: str, release: str, framework: str, dsn: str | None) -> int:
    """Child-process side of :func:`capture_event`; the working directory is the deploy."""
    import importlib

    import sentry_sdk
    from sentry_sdk.envelope import Envelope
    from sentry_sdk.transport import Transport

    events: list[dict[str, Any]] = []
    event_ids: list[str] = []

    def note_id(event: Any, hint: Any) -> Any:
        event_ids.append(str(event.get("event_id")))
        return event

    class FileTransport(Transport):
        """Keeps each event item as the server would receive it, and sends nothing."""

        def capture_envelope(self, envelope: Envelope) -> None:
            for item in envelope.items:
                if item.type == "event":
                    events.append(json.loads(item.payload.get_bytes()))

    integrations = [
        getattr(importlib.import_module(module), name)()
        for module, name in _INTEGRATIONS.get(framework, ())
    ]
    # With a server's DSN the SDK's own HTTP transport sends the event; else a file keeps it.
    sentry_sdk.init(
        dsn=dsn or _OFFLINE_DSN,
        integrations=integrations,
        auto_enabling_integrations=False,
        before_send=note_id,
        transport=None if dsn else FileTransport(),
        release=release,
        environment="production",
        include_local_variables=True,
        max_request_body_size="always",
        # project_root defaults to the working directory: the deployed app is in-app.
    )
    sys.path.insert(0, os.getcwd())
    raised: dict[str, str] | None = None
    # Executed directly rather than through runpy, whose frames ("<frozen runpy>")
    # sentry-sdk would count in-app and put between the trigger and the app.
    code = compile(Path(trigger).read_text(encoding="utf-8"), trigger, "exec")
    try:
        exec(code, {"__name__": "__main__", "__file__": trigger})
    except BaseException as exc:
        # A framework integration may have reported it already; Sentry's dedupe drops the copy.
        sentry_sdk.capture_exception(exc)
        raised = {
            "type": type(exc).__name__,
            "module": type(exc).__module__,
            "message": str(exc)[:500],
        }
    sentry_sdk.flush(timeout=10)
    result = {"events": events, "event_ids": event_ids, "raised": raised}
    Path(out).write_text(json.dumps(result), encoding="utf-8")
    return 0


# --------------------------------------------------------------------------- engine


def default_engine() -> list[str]:
    """``bugstack fix`` from the environment this script runs in."""
    script = Path(sys.executable).parent / "bugstack"
    return [str(script) if script.exists() else "bugstack", "fix"]


def engine_available(engine: Sequence[str]) -> bool:
    try:
        done = _run([*engine, "--help"], Path.cwd(), 60)
    except (OSError, subprocess.TimeoutExpired):
        return False
    return done.returncode == 0


@dataclass(frozen=True, slots=True)
class EngineRun:
    exit_code: int | None
    seconds: float
    payload: dict[str, Any] | None
    error: str | None


def run_engine(
    engine: Sequence[str],
    repo: Path,
    event_path: Path,
    test_command: str,
    extra_args: Sequence[str],
    timeout: float,
) -> EngineRun:
    args = [
        *engine,
        "--repo",
        str(repo),
        "--event",
        str(event_path),
        "--test-command",
        test_command,
        "--json",
        *extra_args,
    ]
    started = time.perf_counter()
    try:
        done = _run(args, repo.parent, timeout)
    except subprocess.TimeoutExpired:
        return EngineRun(None, time.perf_counter() - started, None, "engine timed out")
    except OSError as exc:
        return EngineRun(None, time.perf_counter() - started, None, f"cannot start: {exc}")
    seconds = time.perf_counter() - started
    payload = _last_json_object(done.stdout)
    error = None
    if payload is None:
        tail = (done.stderr.strip().splitlines() or ["no output"])[-1]
        error = f"exit {done.returncode}, no JSON on stdout: {tail}"
    return EngineRun(done.returncode, seconds, payload, error)


def _last_json_object(text: str) -> dict[str, Any] | None:
    stripped = text.strip()
    candidates = [stripped] + [line for line in reversed(stripped.splitlines()) if line]
    for candidate in candidates:
        try:
            value = json.loads(candidate)
        except ValueError:
            continue
        if isinstance(value, dict):
            return value
    return None


def apply_engine_result(repo: Path, payload: dict[str, Any]) -> str | None:
    """Apply the engine's patch and regression test to ``repo``; a reason if impossible."""
    patch = payload.get("patch")
    if not isinstance(patch, str) or not patch.strip():
        return "claimed fixed with an empty patch"
    patch_file = repo.parent / "engine.patch"
    patch_file.write_text(patch if patch.endswith("\n") else patch + "\n", encoding="utf-8")
    done = _run(["git", "apply", "--whitespace=nowarn", str(patch_file)], repo, 60)
    if done.returncode != 0:
        return f"patch does not apply: {done.stderr.strip()[:300]}"
    test = payload.get("regression_test")
    if isinstance(test, dict) and isinstance(test.get("path"), str):
        target = (repo / test["path"]).resolve()
        if not target.is_relative_to(repo.resolve()):
            return f"regression test outside the repository: {test['path']}"
        content = test.get("content")
        if isinstance(content, str):
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_text(content, encoding="utf-8")
    return None


# --------------------------------------------------------------------------- one case


def run_case(
    case: Case,
    engine: Sequence[str],
    *,
    available: bool,
    extra_args: Sequence[str] = (),
    timeout: float = 600.0,
    server: Server | None = None,
) -> CaseResult:
    result = CaseResult(case.id, case.framework, case.error_type, Outcome.CASE_ERROR)
    with tempfile.TemporaryDirectory(prefix=f"bugstack-corpus-{case.id}-") as tmp:
        work = Path(tmp)
        repo = work / "repo"
        release = prepare_repository(case, repo)
        deployed = deploy(case, work / "srv" / "releases" / release[:12] / case.id)
        capture = capture_event(case, deployed, release, work / "capture", server)
        if capture.event is None:
            result.detail = f"no event captured: {capture.stderr.strip()[-300:]}"
            return result
        event_path = work / "event.json"
        event_path.write_text(json.dumps(capture.event, indent=2), encoding="utf-8")

        suite = run_suite(repo, case.test_command)
        result.suite_seconds = round(suite.seconds, 2)
        if not suite.passed:
            result.detail = "the app's own suite fails on the buggy code: " + suite.output[-300:]
            return result
        _run(["git", "clean", "-fdxq"], repo, 60)  # the suite's droppings are not the release

        if not available:
            result.outcome = Outcome.ENGINE_UNAVAILABLE
            result.detail = "`bugstack fix` is not available in this environment"
            return result

        run = run_engine(engine, repo, event_path, case.test_command, extra_args, timeout)
        result.engine_exit = run.exit_code
        result.engine_seconds = round(run.seconds, 2)
        if run.payload is None:
            result.outcome = Outcome.ENGINE_ERROR
            result.detail = run.error or "no result"
            return result
        payload = run.payload
        status = payload.get("status")
        result.engine_status = str(status) if status is not None else None
        result.strategy = _opt_str(payload.get("strategy"))
        tried = payload.get("candidates_tried")
        result.candidates_tried = tried if isinstance(tried, int) else None
        result.explanation = _opt_str(payload.get("explanation"))
        result.patch = _opt_str(payload.get("patch"))

        if status != "fixed":
            result.outcome = Outcome.ENGINE_ERROR if run.exit_code == 2 else Outcome.DECLINED
            result.detail = f"status {status!r}, exit {run.exit_code}"
            return result
        if run.exit_code != 0:
            result.detail = f"status 'fixed' but exit {run.exit_code}; judged on the patch. "

        _run(["git", "checkout", "-q", "--", "."], repo, 60)  # judge the release + patch only
        _run(["git", "clean", "-fdxq"], repo, 60)
        problem = apply_engine_result(repo, payload)
        if problem is not None:
            result.outcome = Outcome.WRONG_FIX
            result.detail += problem
            return result
        after = run_suite(repo, case.test_command)
        if not after.passed:
            result.outcome = Outcome.WRONG_FIX
            result.detail += "the app's own suite fails with the patch: " + after.output[-300:]
            return result
        hidden = run_hidden_check(case, repo)
        result.hidden_check_output = hidden.output[-1500:]
        if not hidden.passed:
            result.outcome = Outcome.WRONG_FIX
            result.detail += "the hidden check fails with the patch"
            return result
        result.outcome = Outcome.FIXED
        result.detail += "hidden check and the app's suite pass"
        return result


def _opt_str(value: Any) -> str | None:
    return value if isinstance(value, str) else None


# --------------------------------------------------------------------------- report


def summarise(results: Sequence[CaseResult]) -> dict[str, Any]:
    total = len(results)
    counts = {o.value: sum(1 for r in results if r.outcome is o) for o in Outcome}
    fixed = [r for r in results if r.outcome is Outcome.FIXED]
    times = [r.engine_seconds for r in fixed if r.engine_seconds is not None]
    budgets = [r.budget_seconds for r in fixed if r.budget_seconds is not None]
    median_time = statistics.median(times) if times else None
    median_budget = statistics.median(budgets) if budgets else None
    return {
        "cases": total,
        "counts": counts,
        "fixed_percent": round(100 * len(fixed) / total, 1) if total else 0.0,
        "wrong_fixes": counts[Outcome.WRONG_FIX.value],
        "median_seconds_to_fix": median_time,
        "median_budget_seconds": median_budget,
        "fixes_within_budget": sum(
            1
            for r in fixed
            if r.engine_seconds is not None
            and r.budget_seconds is not None
            and r.engine_seconds <= r.budget_seconds
        ),
        "aims": {
            "at_least_80_percent_fixed": total > 0 and len(fixed) >= 0.8 * total,
            "no_wrong_fix": counts[Outcome.WRONG_FIX.value] == 0,
            "median_within_budget": (
                median_time is not None
                and median_budget is not None
                and median_time <= median_budget
            ),
        },
    }


def _fmt(value: float | None) -> str:
    return "-" if value is None else f"{value:.1f}"


def render_table(results: Sequence[CaseResult], summary: dict[str, Any]) -> str:
    header = f"{'case':34} {'framework':9} {'error':24} {'outcome':18} {'fix s':>6} {'suite s':>7}"
    lines = [header, "-" * len(header)]
    for r in results:
        lines.append(
            f"{r.case[:34]:34} {r.framework[:9]:9} {r.error_type[:24]:24} "
            f"{r.outcome.value:18} {_fmt(r.engine_seconds):>6} {_fmt(r.suite_seconds):>7}"
        )
    lines.append("")
    counts = summary["counts"]
    lines.append(
        f"fixed {counts['fixed']}/{summary['cases']} ({summary['fixed_percent']}%), "
        f"wrong fixes {summary['wrong_fixes']}, declined {counts['declined']}, "
        f"engine errors {counts['engine_error']}, engine unavailable "
        f"{counts['engine_unavailable']}, case errors {counts['case_error']}"
    )
    lines.append(
        f"median time to a verified fix {_fmt(summary['median_seconds_to_fix'])} s "
        f"vs median budget (2 x suite + 5 s) {_fmt(summary['median_budget_seconds'])} s; "
        f"{summary['fixes_within_budget']} fixes within their own budget"
    )
    aims = summary["aims"]
    lines.append(
        "aims: " + ", ".join(f"{name} {'yes' if met else 'NO'}" for name, met in aims.items())
    )
    return "\n".join(lines)


def write_results(
    results: Sequence[CaseResult], summary: dict[str, Any], directory: Path, engine: Sequence[str]
) -> Path:
    directory.mkdir(parents=True, exist_ok=True)
    stamp = time.strftime("%Y%m%dT%H%M%SZ", time.gmtime())
    path = directory / f"fix_corpus-{stamp}.json"
    document = {
        "engine": list(engine),
        # Figures only mean something next to the engine's version and the machine's load.
        "bugstack_commit": _source_version(),
        "load_average": list(os.getloadavg()),
        "cpus": os.cpu_count(),
        "summary": summary,
        "results": [r.to_json() for r in results],
    }
    path.write_text(json.dumps(document, indent=2), encoding="utf-8")
    return path


def _source_version() -> str | None:
    """The commit of the bugstack checkout this script belongs to, ``+dirty`` if edited."""
    root = BENCH_DIR.parent
    try:
        commit = _git(root, "rev-parse", "HEAD")
        dirty = _git(root, "status", "--porcelain", "--untracked-files=no", "--", "src")
    except (OSError, RuntimeError):
        return None
    return commit + ("+dirty" if dirty else "")


# --------------------------------------------------------------------------- CLI


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--case", action="append", default=[], help="run only this case id")
    parser.add_argument("--jobs", type=int, default=1, help="cases run at once (default 1)")
    parser.add_argument(
        "--engine-args", default="", help="extra arguments for `bugstack fix`, one string"
    )
    parser.add_argument(
        "--engine",
        default=None,
        help="the fix command to run instead of `bugstack fix` (a shell-quoted string)",
    )
    parser.add_argument(
        "--timeout",
        type=float,
        default=600.0,
        help="seconds before one case's engine run is stopped and counted an engine error",
    )
    parser.add_argument("--cases-dir", type=Path, default=CASES_DIR)
    parser.add_argument("--results-dir", type=Path, default=RESULTS_DIR)
    parser.add_argument(
        "--server-dsn",
        default=None,
        help="send events through this running bugstack server (a loopback project DSN)",
    )
    parser.add_argument(
        "--server-data-dir", type=Path, default=None, help="that server's --data-dir"
    )
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if argv[:1] == ["_capture"]:
        capture = argparse.ArgumentParser()
        capture.add_argument("--trigger", required=True)
        capture.add_argument("--out", required=True)
        capture.add_argument("--release", required=True)
        capture.add_argument("--framework", default="library")
        capture.add_argument("--dsn", default=None)
        ns = capture.parse_args(argv[1:])
        return _capture_main(ns.trigger, ns.out, ns.release, ns.framework, ns.dsn)

    options = _parser().parse_args(argv)
    cases = load_cases(options.cases_dir, options.case)
    engine = shlex.split(options.engine) if options.engine else default_engine()
    available = engine_available(engine)
    if not available:
        print(f"note: `{' '.join(engine)}` is not available; every case reports it.")
    extra = shlex.split(options.engine_args)
    server = Server(options.server_dsn, options.server_data_dir) if options.server_dsn else None

    def one(case: Case) -> CaseResult:
        result = run_case(
            case,
            engine,
            available=available,
            extra_args=extra,
            timeout=options.timeout,
            server=server,
        )
        print(f"  {case.id}: {result.outcome.value} {result.detail[:120]}", flush=True)
        return result

    with ThreadPoolExecutor(max_workers=max(1, options.jobs)) as pool:
        results = list(pool.map(one, cases))
    summary = summarise(results)
    print(render_table(results, summary))
    path = write_results(results, summary, options.results_dir, engine)
    print(f"results: {path}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
