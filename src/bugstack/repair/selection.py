"""Choosing among the candidates: probe them, let the contract settle disagreements,
verify the chosen behaviour with the whole suite, smallest change first."""

from __future__ import annotations

import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from bugstack.domain import CrashSite
from bugstack.repair.candidates import Candidate
from bugstack.repair.reproduce import (
    Outcome,
    Scenario,
    regression_test_path,
    render_regression_test,
    run_probe,
)
from bugstack.repair.reproduce.clock_values import mentions_epoch
from bugstack.repair.verify import SuiteRun, applied, new_failures, probe_candidate, run_suite
from bugstack.repair.workspace import Workspace

if TYPE_CHECKING:
    from collections.abc import Callable

    from bugstack.repair.pipeline import FixRequest

    Progress = Callable[[str], None]

__all__ = ["Probed", "Verified", "choose", "probe_all", "verification_order",
           "verify_chosen"]


@dataclass(slots=True)
class Probed:
    candidate: Candidate
    outcome: Outcome


def choose(held: list[Probed]) -> tuple[list[Probed], str | None]:
    """The candidates whose behaviour to trust, or a reason to decline."""
    if not held:
        return [], None
    groups: dict[str, list[Probed]] = {}
    for probed in held:
        groups.setdefault(probed.outcome.behaviour(), []).append(probed)
    backed = {key: items for key, items in groups.items()
              if any(p.candidate.contract for p in items)}
    if not backed and len(groups) == 1:
        only = next(iter(groups.values()))
        return [], (
            f"the fix that makes the reproduction pass ({only[0].candidate.description}) "
            "chooses a behaviour nothing in the code backs (no annotation, docstring, "
            "constant or sibling says what should happen here), so it is left to a person"
        )
    if not backed:
        return [], (
            f"{len(groups)} candidate fixes make the reproduction pass but behave differently "
            "(" + "; ".join(items[0].candidate.description for items in groups.values())
            + "), and nothing in the code says which behaviour is intended"
        )
    def strength(items: list[Probed]) -> float:
        return max(p.candidate.plausibility for p in items if p.candidate.contract)

    ranked = sorted(backed.values(), key=strength, reverse=True)
    if len(ranked) > 1 and strength(ranked[0]) == strength(ranked[1]):
        # Two behaviours with equally strong backing: the contract does not decide.
        return [], (
            "candidate fixes backed equally by the code behave differently ("
            + "; ".join(f"{items[0].candidate.description} ({items[0].candidate.contract})"
                        for items in ranked[:2])
            + "), so the choice is left to a person"
        )
    return list(ranked[0]), None


def probe_all(request: FixRequest, candidates: list[Candidate], scenario: Scenario,
               site: CrashSite, workspace: Workspace, python: str, started: float,
               progress: Progress) -> tuple[list[Probed], list[dict[str, Any]]]:
    assert site.crash is not None
    held: list[Probed] = []
    log: list[dict[str, Any]] = []
    for index, candidate in enumerate(candidates, 1):
        if time.monotonic() - started > request.budget:
            break
        backed = [p.candidate.plausibility for p in held if p.candidate.contract]
        if backed and candidate.plausibility < max(backed):
            # Only a less plausible candidate is left: it could not change the choice,
            # which goes to the most plausible behaviour the contract backs.
            break
        progress(f"trying candidate {index}/{len(candidates)}: {candidate.strategy}")
        ok, outcome, reason = probe_candidate(
            candidate, scenario, workspace.path, python, request.timeout,
            site.exception.type, site.crash.path, site.crash.frame.function,
        )
        log.append({"strategy": candidate.strategy, "description": candidate.description,
                    "contract": candidate.contract, "holds": ok, "reason": reason})
        if ok:
            held.append(Probed(candidate, outcome))
    return held, log


def verification_order(chosen: list[Probed]) -> list[Probed]:
    """The chosen group's candidates in the order to verify them: backed ones first, then
    the smallest change. A candidate that merely agrees with the backed one on the
    reproduction may differ where the reproduction does not look (a per-item function's
    None that its callers were not taught to skip)."""
    return sorted(chosen, key=lambda p: (p.candidate.contract is None, p.candidate.size,
                                         -p.candidate.plausibility))


@dataclass(slots=True)
class Verified:
    probed: Probed
    test_path: str
    test_source: str
    after: SuiteRun
    fails_before: bool


def verify_chosen(
    request: FixRequest, chosen: list[Probed], scenario: Scenario, name: str,
    workspace: Workspace, pristine: Path, python: str, argv: list[str], baseline: SuiteRun,
    log: list[dict[str, Any]], progress: Progress, started: float,
) -> Verified | None:
    for probed in verification_order(chosen):
        if time.monotonic() - started > request.budget:
            return None
        candidate = probed.candidate
        if scenario.test_node is not None:
            # The app's own failing test is the regression test: it failed before the
            # change (that is how the error was reproduced) and must pass after it.
            test_path = scenario.test_node.split("::", 1)[0]
            test_source = (workspace.path / test_path).read_text(encoding="utf-8")
            with applied(workspace.path, dict(candidate.edits)):
                after = run_suite(workspace.path, argv, request.timeout)
            entry = next(e for e in log if e["description"] == candidate.description)
            broken = new_failures(baseline, after)
            path, *rest = scenario.test_node.split("::")
            junit_name = ".".join([path.removesuffix(".py").replace("/", "."), *rest[:-1]]) \
                + "::" + rest[-1]
            if after.timed_out or broken or junit_name not in after.passed:
                entry.update(holds=False, reason="the suite timed out with this change"
                             if after.timed_out else f"breaks {', '.join(broken[:3])}"
                             if broken else "the failing test still does not pass")
                continue
            entry.update(reason="verified: the failing test passes, no new failure")
            return Verified(probed, test_path, test_source, after, True)
        test_path = regression_test_path(workspace.path, name)
        # A second run of the reproduction shows what changes from run to run (a random
        # token, an expiry computed from the clock): the test does not pin that.
        if mentions_epoch(str(probed.outcome.value)):
            time.sleep(1.01 - time.time() % 1)  # a Unix time only moves with the second
        with applied(workspace.path, dict(candidate.edits)):
            again = run_probe(scenario, workspace.path, python, request.timeout)
        test_source = render_regression_test(scenario, probed.outcome, name,
                                             candidate.description, test_path, again)
        progress(f"running the app's suite with: {candidate.description[:60]}")
        alone = [python, "-m", "pytest", "-q", "-p", "no:cacheprovider", test_path]
        with applied(workspace.path, {**dict(candidate.edits), test_path: test_source}), \
                applied(pristine, {test_path: test_source}), \
                ThreadPoolExecutor(max_workers=1) as pool:
            # The regression test must fail on the old code: checked at the same time.
            before = pool.submit(run_suite, pristine, alone, request.timeout)
            after = run_suite(workspace.path, argv, request.timeout)
            own = run_suite(workspace.path, alone, request.timeout) \
                if not _included(after, test_path) else None
            fails_before = before.result().returncode != 0
        entry = next(e for e in log if e["description"] == candidate.description)
        broken = new_failures(baseline, after)
        regression_ok = (own.returncode == 0) if own is not None else _passed(after, test_path)
        if after.timed_out:
            entry.update(holds=False, reason="the suite timed out with this change")
        elif broken:
            entry.update(holds=False, reason=f"breaks {', '.join(broken[:3])}")
        elif not regression_ok:
            output = (own or after).output.strip().splitlines()
            entry.update(holds=False, reason="its regression test does not pass",
                         output=output[-15:])
        else:
            entry.update(reason="verified: reproduction passes, no new failure in the suite")
            return Verified(probed, test_path, test_source, after, fails_before)
    return None


def _included(run: SuiteRun, test_path: str) -> bool:
    """Whether the suite run included the regression test (pytest found it)."""
    stem = test_path.removesuffix(".py").replace("/", ".")
    return any(name.startswith(stem + "::") or stem.endswith(name.split("::")[0])
               for name in run.passed | run.failed)


def _passed(run: SuiteRun, test_path: str) -> bool:
    stem = test_path.removesuffix(".py").replace("/", ".")
    return any(name.split("::")[0].endswith(stem.rsplit(".", 1)[-1]) for name in run.passed) \
        and not any(name.split("::")[0].endswith(stem.rsplit(".", 1)[-1]) for name in run.failed)
