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
    python bench/fix_corpus.py --llm-scripted no-fix --llm-ask always   # the model's plumbing

Results go to ``bench/results/`` as JSON (git-ignored) and a table to standard output.
The parts live in ``bench/corpus/``: ``model`` (cases, verdicts), ``process`` (the app's
repository, suite and hidden check), ``capture`` (sentry-sdk), ``engine`` (running
``bugstack fix`` and applying its result), ``runner`` (one case) and ``report``.
"""

from __future__ import annotations

import argparse
import shlex
import sys
from collections.abc import Sequence
from concurrent.futures import ThreadPoolExecutor
from contextlib import nullcontext
from pathlib import Path

# Run as a script or loaded by path (tests, time_to_fix.py): its parts sit beside it.
sys.path.insert(0, str(Path(__file__).resolve().parent))

from corpus.capture import Server, capture_event, capture_main, fetch_stored_event
from corpus.engine import (
    EngineRun,
    apply_engine_result,
    default_engine,
    engine_available,
    run_engine,
)
from corpus.llm import MODES, scripted_llm
from corpus.model import (
    BENCH_DIR,
    CASES_DIR,
    HIDDEN_CHECK_NAME,
    RESULTS_DIR,
    Capture,
    Case,
    CaseResult,
    Outcome,
    load_cases,
)
from corpus.process import (
    SuiteRun,
    deploy,
    prepare_repository,
    run_hidden_check,
    run_suite,
    tool_environment,
)
from corpus.report import render_table, summarise, write_results
from corpus.runner import run_case

__all__ = [
    "BENCH_DIR",
    "CASES_DIR",
    "HIDDEN_CHECK_NAME",
    "RESULTS_DIR",
    "Capture",
    "Case",
    "CaseResult",
    "EngineRun",
    "Outcome",
    "Server",
    "SuiteRun",
    "apply_engine_result",
    "capture_event",
    "default_engine",
    "deploy",
    "engine_available",
    "fetch_stored_event",
    "load_cases",
    "main",
    "parser",
    "prepare_repository",
    "render_table",
    "run_case",
    "run_engine",
    "run_hidden_check",
    "run_suite",
    "summarise",
    "tool_environment",
    "write_results",
]

# --------------------------------------------------------------------------- CLI


def parser() -> argparse.ArgumentParser:
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
    parser.add_argument("--llm-scripted", choices=MODES, default=None,
                        help="with --llm, the model a scripted server (bench/corpus/llm.py)")
    parser.add_argument("--llm-ask", choices=("unbacked", "always"), default="unbacked")
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
        return capture_main(ns.trigger, ns.out, ns.release, ns.framework, ns.dsn)

    options = parser().parse_args(argv)
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

    model = scripted_llm(options.llm_scripted, ask=options.llm_ask) \
        if options.llm_scripted else nullcontext(None)
    with model as scripted, ThreadPoolExecutor(max_workers=max(1, options.jobs)) as pool:
        if scripted is not None:
            extra.append("--llm")
        results = list(pool.map(one, cases))
    summary = summarise(results)
    print(render_table(results, summary))
    if scripted is not None:
        print(scripted.summary())
    path = write_results(results, summary, options.results_dir, engine)
    print(f"results: {path}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
