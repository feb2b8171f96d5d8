"""One case from start to verdict: repository, capture, suite, engine, judgement."""

from __future__ import annotations

import json
import tempfile
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from corpus.capture import Server, capture_event
from corpus.engine import apply_engine_result, run_engine
from corpus.model import Case, CaseResult, Outcome
from corpus.process import deploy, prepare_repository, run, run_hidden_check, run_suite

__all__ = ["run_case"]

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
        run(["git", "clean", "-fdxq"], repo, 60)  # the suite's droppings are not the release

        if not available:
            result.outcome = Outcome.ENGINE_UNAVAILABLE
            result.detail = "`bugstack fix` is not available in this environment"
            return result

        engine_run = run_engine(engine, repo, event_path, case.test_command, extra_args, timeout)
        result.engine_exit = engine_run.exit_code
        result.engine_seconds = round(engine_run.seconds, 2)
        if engine_run.payload is None:
            result.outcome = Outcome.ENGINE_ERROR
            result.detail = engine_run.error or "no result"
            return result
        payload = engine_run.payload
        status = payload.get("status")
        result.engine_status = str(status) if status is not None else None
        result.strategy = _opt_str(payload.get("strategy"))
        tried = payload.get("candidates_tried")
        result.candidates_tried = tried if isinstance(tried, int) else None
        result.explanation = _opt_str(payload.get("explanation"))
        result.patch = _opt_str(payload.get("patch"))

        if status != "fixed":
            result.outcome = Outcome.ENGINE_ERROR if engine_run.exit_code == 2 else Outcome.DECLINED
            result.detail = f"status {status!r}, exit {engine_run.exit_code}"
            return result
        if engine_run.exit_code != 0:
            result.detail = f"status 'fixed' but exit {engine_run.exit_code}; judged on the patch. "

        run(["git", "checkout", "-q", "--", "."], repo, 60)  # judge the release + patch only
        run(["git", "clean", "-fdxq"], repo, 60)
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
