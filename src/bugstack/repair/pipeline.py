"""Stage 6: the stages tied together, from an event to a :class:`FixProposal`.

Order of work, and the rules that make a wrong fix rarer than a declined one:

1. workspace and frames (a stale event stops here);
2. reproduction (without one nothing can be verified, so nothing is proposed);
3. analysis and candidates;
4. every candidate is probed against the reproduction (cheap); the ones that hold are
   grouped by what they make the code *do*. Groups that disagree are settled by the
   code's own contract; when the contract is silent and they disagree, the engine
   declines (``unverified``) rather than guess;
5. the chosen group's candidates, smallest first, run with the app's whole suite plus the
   regression test; the first that shows no new failure is the fix;
6. the regression test is checked to fail on the unpatched code.
"""

from __future__ import annotations

import json
import shutil
import tempfile
import threading
import time
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from bugstack.domain import CrashSite, ErrorEvent, FixProposal, FixStatus
from bugstack.repair.analyse import Analysis, analyse
from bugstack.repair.candidates import Candidate, Strategy, default_strategies, generate
from bugstack.repair.candidates.generic_backing import need_the_apps_words
from bugstack.repair.reproduce import (
    Reproduction,
    Scenario,
    reproduce,
    run_probe,
)
from bugstack.repair.selection import Probed, choose, probe_all, verify_chosen
from bugstack.repair.verify import (
    SuiteRun,
    run_suite,
    suite_command,
)
from bugstack.repair.workspace import (
    StaleEventError,
    Workspace,
    find_interpreter,
    locate_frames,
    prepare_workspace,
)

__all__ = ["FixRequest", "FixRun", "run_fix"]

Progress = Callable[[str], None]


@dataclass(slots=True)
class FixRequest:
    repo: Path
    event: dict[str, Any]
    test_command: str | None = None
    #: Limit for each sandboxed run of the app's code (a probe, a suite run).
    timeout: float = 120.0
    #: Limit for the whole fix; candidates left when it runs out are not tried.
    budget: float = 900.0
    max_candidates: int = 12
    #: Directory to save each stage's result as JSON, for inspection.
    run_dir: Path | None = None
    strategies: list[Strategy] | None = None


@dataclass(slots=True)
class FixRun:
    """The proposal, and what ``--write`` needs to apply it."""

    proposal: FixProposal
    edits: dict[str, str] = field(default_factory=dict)
    originals: dict[str, str] = field(default_factory=dict)
    warnings: list[str] = field(default_factory=list)


class _Stages:
    """Saves each stage's result as JSON when a run directory is given."""

    def __init__(self, run_dir: Path | None) -> None:
        self.run_dir = run_dir
        self.started = time.monotonic()
        if run_dir is not None:
            run_dir.mkdir(parents=True, exist_ok=True)

    def save(self, name: str, data: Any) -> None:
        if self.run_dir is not None:
            record = {"stage": name, "at_seconds": round(time.monotonic() - self.started, 3),
                      "result": data}
            (self.run_dir / f"{name}.json").write_text(
                json.dumps(record, indent=2, default=str), encoding="utf-8"
            )


def _finish(stages: _Stages, started: float, run: FixRun, **changes: Any) -> FixRun:
    proposal = run.proposal
    values = {name: getattr(proposal, name) for name in proposal.__dataclass_fields__}
    values.update(changes)
    values["seconds"] = time.monotonic() - started
    run.proposal = FixProposal(**values)
    stages.save("result", run.proposal.to_json())
    return run


def _empty(status: FixStatus, explanation: str, commit: str | None) -> FixProposal:
    return FixProposal(status=status, patch="", regression_test_path=None, regression_test=None,
                       explanation=explanation, strategy=None, base_commit=commit)


def run_fix(request: FixRequest, progress: Progress = lambda _: None) -> FixRun:
    started = time.monotonic()
    stages = _Stages(request.run_dir)
    event = ErrorEvent.from_dict(request.event)
    progress("copying the repository")
    workspace = prepare_workspace(request.repo, event.release)
    try:
        return _run(request, event, workspace, stages, started, progress)
    finally:
        workspace.remove()


def _run(request: FixRequest, event: ErrorEvent, workspace: Workspace, stages: _Stages,
         started: float, progress: Progress) -> FixRun:
    run = FixRun(proposal=_empty(FixStatus.NOT_REPRODUCED, "", workspace.commit),
                 warnings=workspace.warnings)
    try:
        site = locate_frames(workspace, event)
    except StaleEventError as stale:
        stages.save("workspace", {"commit": workspace.commit, "stale": stale.mismatches})
        return _finish(stages, started, run, explanation=(
            "The event is stale: its code does not match the repository at "
            f"{(workspace.commit or 'HEAD')[:12]} ({stale}). Nothing was changed; capture the "
            "error again on the current code, or pass the commit it ran as the release."
        ))
    stages.save("workspace", {
        "commit": workspace.commit, "warnings": workspace.warnings,
        "frames": [{"path": f.path, "lineno": f.lineno, "function": f.frame.function}
                   for f in site.frames],
    })
    python = find_interpreter(request.repo)
    argv = suite_command(request.test_command, python, request.repo)
    pristine = _pristine_copy(workspace)
    cancel = threading.Event()
    try:
        with ThreadPoolExecutor(max_workers=2) as pool:
            # The baseline suite runs in a pristine copy, and the candidates are generated,
            # while the error is reproduced; the suite is stopped if there is no need.
            baseline_run = pool.submit(run_suite, pristine, argv, request.timeout, None,
                                       cancel)
            analysis = analyse(site, workspace.path)
            stages.save("analysis", {"cause": analysis.cause, "culprit": analysis.culprit,
                                     "return_default": str(analysis.return_default),
                                     "not_found": str(analysis.not_found)})
            # A strategy that wants the reproduction (the language model) asks after it.
            strategies = request.strategies if request.strategies is not None \
                else default_strategies()
            late = [s for s in strategies if hasattr(s, "propose_reproduced")]
            generated = pool.submit(generate, site, analysis,
                                    [s for s in strategies if s not in late])
            progress("reproducing the error")
            reproduction = reproduce(site, workspace, python, request.timeout)
            stages.save("reproduction", {
                "reproduced": reproduction.reproduced,
                "scenario": reproduction.scenario.title if reproduction.scenario else None,
                "attempts": reproduction.attempts,
            })
            if not reproduction.reproduced and site.crash is not None:
                progress("looking for an existing test that fails the same way")
                _reproduce_with_existing_test(site, workspace, python, request.timeout,
                                              baseline_run.result(), reproduction)
                stages.save("reproduction", {
                    "reproduced": reproduction.reproduced,
                    "scenario": reproduction.scenario.title if reproduction.scenario else None,
                    "attempts": reproduction.attempts,
                })
            if not reproduction.reproduced or reproduction.scenario is None:
                cancel.set()
                tried = "; ".join(f"{title}: {why}" for title, why in reproduction.attempts)
                return _finish(stages, started, run, explanation=(
                    f"{analysis.cause} The error could not be reproduced ({tried}), so no fix "
                    "can be verified and none is proposed."
                ), checks={"reproduced": False, "attempts": reproduction.attempts})
            candidates = generated.result()
            if late:
                from bugstack.repair.candidates.llm import after_reproduction

                candidates = after_reproduction(late, site, analysis, reproduction.scenario,
                                                workspace.path, candidates)
            if reproduction.scenario.made_up:
                candidates = need_the_apps_words(candidates)
            candidates = candidates[: request.max_candidates]
            return _repair(request, site, analysis, reproduction, candidates, workspace,
                           pristine, python, argv, baseline_run, stages, started, run, progress)
    finally:
        cancel.set()
        shutil.rmtree(pristine, ignore_errors=True)


def _node_id(root: Path, name: str) -> str | None:
    """``tests.test_core::test_x`` (JUnit's classname and name) as a pytest node id."""
    classname, _, test = name.partition("::")
    parts = classname.split(".")
    for cut in range(len(parts), 0, -1):
        path = "/".join(parts[:cut]) + ".py"
        if (root / path).is_file():
            return "::".join([path, *parts[cut:], test])
    return None


def _reproduce_with_existing_test(site: CrashSite, workspace: Workspace, python: str,
                                  timeout: float, baseline: SuiteRun,
                                  reproduction: Reproduction) -> None:
    """An app test that already fails with the captured error reproduces it as well."""
    crash = site.crash
    assert crash is not None
    exc_type = site.exception.type.rsplit(".", 1)[-1]
    for name, text in sorted(baseline.failures.items()):
        if exc_type not in text or crash.path.rsplit("/", 1)[-1] not in text:
            continue
        node = _node_id(workspace.path, name)
        if node is None:
            continue
        scenario = Scenario("existing_test", f"the app's failing test {node}", test_node=node,
                            function=node.rsplit("::", 1)[-1])
        outcome = run_probe(scenario, workspace.path, python, timeout)
        if outcome.raised_in(site.exception.type, crash.path, crash.frame.function,
                             site.exception.value):
            reproduction.scenario, reproduction.outcome = scenario, outcome
            return
        reproduction.attempts.append((scenario.title, "it fails another way"))


def _pristine_copy(workspace: Workspace) -> Path:
    """A second, never-edited copy: the baseline suite runs there while candidates are
    probed in the workspace, and the regression test is tried there against the old code."""
    target = Path(tempfile.mkdtemp(prefix="bugstack-base-"))
    shutil.copytree(workspace.path, target, dirs_exist_ok=True)
    return target


def _repair(request: FixRequest, site: CrashSite, analysis: Analysis,
            reproduction: Reproduction, candidates: list[Candidate], workspace: Workspace,
            pristine: Path, python: str,
            argv: list[str], baseline_run: Future[SuiteRun], stages: _Stages,
            started: float, run: FixRun, progress: Progress) -> FixRun:
    assert reproduction.scenario is not None and site.crash is not None
    scenario = reproduction.scenario
    stages.save("candidates", [{"strategy": c.strategy, "description": c.description,
                                "plausibility": c.plausibility, "contract": c.contract,
                                "diff": c.diff()} for c in candidates])
    held, log = probe_all(request, candidates, scenario, site, workspace, python,
                           started, progress)
    progress("waiting for the app's test suite as it is")
    baseline = baseline_run.result()
    name = scenario.function or site.crash.frame.function or scenario.title
    if name.startswith("<"):  # "<module>": the module's top-level code
        name = scenario.module or scenario.title
    return _conclude(request, analysis, scenario, name, workspace, pristine, python, argv,
                     baseline, held, log, stages, started, run, progress)


def _conclude(request: FixRequest, analysis: Analysis, scenario: Scenario, name: str,
              workspace: Workspace, pristine: Path, python: str, argv: list[str],
              baseline: SuiteRun, held: list[Probed], log: list[dict[str, Any]],
              stages: _Stages, started: float, run: FixRun, progress: Progress) -> FixRun:
    checks: dict[str, Any] = {"reproduced": True, "scenario": scenario.title,
                              "suite_before": baseline.to_json(), "candidates": log}
    tried = len(log)
    if baseline.timed_out:
        stages.save("verification", log)
        return _finish(stages, started, run, status=FixStatus.NOT_FIXED, checks=checks,
                       candidates_tried=tried, explanation=(
            f"{analysis.cause} The app's test suite did not finish within {request.timeout:g}s "
            "(it was stopped, with every process it started), so no fix could be verified."
        ))
    if baseline.could_not_run:
        stages.save("verification", log)
        return _finish(stages, started, run, status=FixStatus.NOT_FIXED, checks=checks,
                       candidates_tried=tried, explanation=(
            f"{analysis.cause} The app's test command could not run "
            f"({baseline.could_not_run}), so no fix could be verified. Pass a command that "
            "runs here with --test-command."
        ))
    chosen, decline = choose(held)
    if decline is not None:
        stages.save("verification", log)
        best = held[0].candidate
        return _finish(stages, started, run, status=FixStatus.UNVERIFIED, checks=checks,
                       candidates_tried=tried, strategy=best.strategy, patch=best.diff(),
                       explanation=f"{analysis.cause} Declined: {decline}.")
    if chosen and baseline.returncode != 0 and not baseline.parsed and baseline.summary is None:
        stages.save("verification", log)
        return _finish(stages, started, run, status=FixStatus.NOT_FIXED, checks=checks,
                       candidates_tried=tried, explanation=(
            f"{analysis.cause} The app's test command fails before any change (exit status "
            f"{baseline.returncode}) and prints no results that unittest or pytest would, so "
            "a new failure could not be told from an old one and no fix is verified."))
    result = verify_chosen(request, chosen, scenario, name, workspace, pristine, python, argv,
                            baseline, log, progress, started)
    stages.save("verification", log)
    if result is None and not log:
        return _finish(stages, started, run, status=FixStatus.NOT_FIXED, checks=checks,
                       explanation=(f"{analysis.cause} No error guide or repair template "
                                    "applies to this error, so no fix is proposed."))
    if result is None:
        return _finish(stages, started, run, status=FixStatus.NOT_FIXED, checks=checks,
                       candidates_tried=tried, explanation=(
            f"{analysis.cause} None of the {tried} candidate fixes held: each either left the "
            "crash in place, behaved in a way the code's contract does not back, or broke a "
            "test that passed before."))
    verified = result
    checks["suite_after"] = verified.after.to_json()
    checks["regression_test_after"] = "passed"
    checks["regression_test_before"] = "failed" if verified.fails_before else "passed"
    candidate = verified.probed.candidate
    if not verified.fails_before:
        return _finish(stages, started, run, status=FixStatus.UNVERIFIED, checks=checks,
                       candidates_tried=tried, strategy=candidate.strategy,
                       patch=candidate.diff(), explanation=(
            f"{analysis.cause} The regression test passes without the fix as well, so it "
            "proves nothing; the fix is not reported as verified."))
    run.edits = dict(candidate.edits)
    run.originals = dict(candidate.originals)
    if scenario.test_node is None:
        run.edits[verified.test_path] = verified.test_source
        run.originals[verified.test_path] = ""
    # A contract that quotes a sentence ends with its own full stop, inside the quotes.
    contract = (f" This follows the code's own contract: {candidate.contract}"
                + ("" if candidate.contract.rstrip('"\'`').endswith(".") else ".")
                if candidate.contract else "")
    return _finish(
        stages, started, run, status=FixStatus.FIXED, patch=candidate.diff(),
        regression_test_path=verified.test_path, regression_test=verified.test_source,
        explanation=f"{analysis.cause} {candidate.description}{contract}",
        strategy=candidate.strategy, guide_id=candidate.guide_id, safe=candidate.safe,
        checks=checks, candidates_tried=tried,
    )


