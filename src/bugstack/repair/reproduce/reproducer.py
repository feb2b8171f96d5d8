"""Try the scenarios until one raises the captured exception in the captured function."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field

from bugstack.domain import CrashSite
from bugstack.repair.reproduce.probe import Outcome, run_probe
from bugstack.repair.reproduce.scenarios import Scenario, build_scenarios
from bugstack.repair.reproduce.settings_text import (
    applies,
    configured_variables,
    with_settings_as_text,
)
from bugstack.repair.workspace import Workspace

__all__ = ["Reproduction", "reproduce"]


@dataclass(slots=True)
class Reproduction:
    scenario: Scenario | None
    outcome: Outcome | None
    #: Every scenario tried and why it did not count, for the report.
    attempts: list[tuple[str, str]] = field(default_factory=list)

    @property
    def reproduced(self) -> bool:
        return self.scenario is not None


def _why_not(outcome: Outcome, exc_type: str) -> str:
    if outcome.timed_out:
        return "timed out"
    if not outcome.ran:
        last = outcome.output.strip().splitlines()[-1:] or ["no output"]
        return f"could not run it: {last[0][:200]}"
    if not outcome.raised:
        return "it did not raise"
    if outcome.exc_type != exc_type.rsplit(".", 1)[-1]:
        return f"it raised {outcome.exc_type} instead of {exc_type}"
    if exc_type.endswith("KeyError"):
        return f"it raised {exc_type} for another key ({outcome.message})"
    return f"it raised {exc_type}, but not in the captured function"


def _same_framework_error(site: CrashSite, outcome: Outcome) -> bool:
    """An event with no frame of the app (the framework reported the app's mistake from its
    own code) is reproduced by the same exception with the same message."""
    if site.exception.in_app_frames:
        return False
    return (outcome.raised and outcome.exc_type == site.exception.type.rsplit(".", 1)[-1]
            and outcome.message == site.exception.value)


def reproduce(
    site: CrashSite, workspace: Workspace, python: str, timeout: float, max_attempts: int = 6
) -> Reproduction:
    crash = site.crash
    result = Reproduction(scenario=None, outcome=None)
    if crash is None:
        result.attempts.append(("-", "no frame of the event is a file of this repository"))
        return result
    exc_type = site.exception.type
    quiet: list[Scenario] = []
    for count, scenario in enumerate(build_scenarios(site, workspace)):
        if count >= max_attempts:
            break
        outcome = run_probe(scenario, workspace.path, python, timeout)
        if outcome.raised_in(exc_type, crash.path, crash.frame.function,
                             site.exception.value) or _same_framework_error(site, outcome):
            result.scenario, result.outcome = scenario, outcome
            return result
        result.attempts.append((scenario.title, _why_not(outcome, exc_type)))
        if outcome.timed_out:
            return result  # a hanging app hangs the next scenario too; say so instead
        if scenario.kind == "call" and outcome.ran and not outcome.raised:
            quiet.append(scenario)
    if applies(site):
        for scenario in quiet[:2]:
            if _with_configured_settings(site, scenario, workspace, python, timeout, result):
                return result
    if not result.attempts:
        result.attempts.append(("-", "the event carries no request and no usable arguments"))
    return result


def _with_configured_settings(site: CrashSite, scenario: Scenario, workspace: Workspace,
                              python: str, timeout: float, result: Reproduction) -> bool:
    """Try a call that ran cleanly again as production runs it, with its numeric settings
    configured (as text); keep it only if setting those variables alone reproduces."""
    crash = site.crash
    assert crash is not None
    exc_type = site.exception.type
    shimmed = run_probe(with_settings_as_text(scenario), workspace.path, python, timeout)
    variables = configured_variables(shimmed.output)
    if not variables or not shimmed.raised_in(exc_type, crash.path, crash.frame.function):
        return False
    configured = dataclasses.replace(
        scenario, environment={**scenario.environment, **variables},
        title=f"{scenario.title} with {', '.join(sorted(variables))} set")
    outcome = run_probe(configured, workspace.path, python, timeout)
    if outcome.raised_in(exc_type, crash.path, crash.frame.function):
        result.scenario, result.outcome = configured, outcome
        return True
    result.attempts.append((configured.title, _why_not(outcome, exc_type)))
    return False
