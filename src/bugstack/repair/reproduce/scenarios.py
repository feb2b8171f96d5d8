"""Ways to make the captured error happen again, each rendered as a few lines of Python.

A scenario is what a reproduction *does*: send the captured request through the
framework's test client, run the app's lifespan, or call a function with the captured
arguments. The same lines serve the probe (which records what happened) and the
regression test (which asserts what should happen).
"""

from __future__ import annotations

from collections.abc import Iterator

from bugstack.domain import CrashSite
from bugstack.repair.app_interpreter import interpreter_for
from bugstack.repair.reproduce.calls import call_scenario, environment_needed
from bugstack.repair.reproduce.dependency import import_scenario, missing_dependency
from bugstack.repair.reproduce.django_calls import in_django
from bugstack.repair.reproduce.django_rows import captured_rows, rows_scenario
from bugstack.repair.reproduce.listed_records import listed_seeds
from bugstack.repair.reproduce.lost_form_values import with_lost_form_value
from bugstack.repair.reproduce.model import AppLocation, Scenario, replay_context
from bugstack.repair.reproduce.regression import regression_test_style
from bugstack.repair.reproduce.resent import sent_twice
from bugstack.repair.reproduce.seeding import find_seeds, seeded_scenario
from bugstack.repair.reproduce.web import (
    find_app,
    lifespan_scenario,
    looks_like_lifespan,
    request_scenario,
)
from bugstack.repair.workspace import Workspace

__all__ = ["AppLocation", "Scenario", "build_scenarios", "find_app"]


def build_scenarios(site: CrashSite, workspace: Workspace) -> Iterator[Scenario]:
    """Scenarios in the order worth trying: the captured request, the lifespan, the calls,
    each to be written as a test in the project's style."""
    style: str | None = None
    for scenario in _scenarios(site, workspace):
        if style is None:
            style = regression_test_style(workspace.path, interpreter_for(workspace.path))
        scenario.test_style = style
        yield scenario


def _scenarios(site: CrashSite, workspace: Workspace) -> Iterator[Scenario]:
    hidden = missing_dependency(site, workspace)
    if hidden is not None:
        yield from _with_hidden(_dependency_scenarios(site, workspace), hidden)
        return
    app = find_app(workspace, site)
    phase = replay_context(site).get("phase")
    if app is not None:
        request = request_scenario(app, site)
        if request is not None:
            yield request
            # Tried only when the plain request did not reproduce (the first that does
            # ends the search): the records production held in memory, put back.
            seeded = seeded_scenario(request, find_seeds(site, workspace)
                                     + listed_seeds(site, workspace))
            if seeded is not None:
                yield seeded
            twice = sent_twice(site, request)
            if twice is not None:
                yield twice
            lost = with_lost_form_value(site)
            again = request_scenario(app, lost[0]) if lost is not None else None
            if lost is not None and again is not None:
                again.title += f", with the {lost[1]!r} value the capture lost"
                yield again
            rows = rows_scenario(request, captured_rows(site, workspace))
            if rows is not None:
                yield rows
        if phase in ("startup", "shutdown") or (
            site.event.request is None and looks_like_lifespan(site)
        ):
            lifespan = lifespan_scenario(app)
            if lifespan is not None:
                yield lifespan
    # Outermost first: a call higher up covers more of the places a fix may go.
    seen: set[tuple[str, str | None]] = set()
    for index, frame in enumerate(site.frames):
        key = (frame.path, frame.frame.function)
        if key in seen:
            continue
        seen.add(key)
        scenario = call_scenario(site, frame, workspace)
        if scenario is not None:
            scenario.environment = environment_needed(site)
            if app is not None:
                scenario = in_django(scenario, app, workspace)
            yield scenario
            seeded = seeded_scenario(scenario, find_seeds(site, workspace, site.frames[index:])
                                     + listed_seeds(site, workspace, site.frames[index:]))
            if seeded is not None:
                yield seeded
            rows = rows_scenario(scenario, captured_rows(site, workspace))
            if rows is not None:
                yield rows


def _dependency_scenarios(site: CrashSite, workspace: Workspace) -> Iterator[Scenario]:
    """A missing module fails where it is imported: innermost first, by importing the
    module whose top-level code imports it, or by calling the function that does."""
    for frame in reversed(site.frames):
        scenario = import_scenario(frame) or call_scenario(site, frame, workspace)
        if scenario is not None:
            yield scenario


def _with_hidden(scenarios: Iterator[Scenario], module: str) -> Iterator[Scenario]:
    for scenario in scenarios:
        scenario.hidden_modules = (module,)
        yield scenario
