"""What a reproduction is: a scenario, rendered as lines of Python, and shared helpers."""

from __future__ import annotations

import ast
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from bugstack.domain import CrashSite
from bugstack.domain.replay import CONTEXT_KEY

if TYPE_CHECKING:  # the workspace is only passed through
    from bugstack.repair.workspace import Workspace

__all__ = ["AppLocation", "Scenario", "calls_in_tests", "is_test_file", "module_name",
           "replay_context"]


@dataclass(frozen=True, slots=True)
class AppLocation:
    framework: str  # "starlette" (FastAPI included), "flask" or "django"
    module: str
    attribute: str  # for django, the settings module
    #: For an app an application factory builds: the line binding ``attribute`` to it
    #: (``app = create_app()``) and the imports that line needs.
    setup: str | None = None
    setup_imports: frozenset[str] = frozenset()

    def imports(self) -> set[str]:
        """What a scenario imports to reach the app."""
        return set(self.setup_imports) if self.setup else {
            f"from {self.module} import {self.attribute}"}

    def built(self) -> list[str]:
        """The lines that build the app before a scenario uses it (none for a global)."""
        return [self.setup] if self.setup else []


@dataclass(slots=True)
class Scenario:
    kind: str  # "request", "lifespan" or "call"
    #: What it does, for a person: ``GET /users/5`` or ``shop.core.get_name(2, ...)``.
    title: str
    imports: set[str] = field(default_factory=set)
    helpers: set[str] = field(default_factory=set)
    #: Statements that bind ``result`` (a response, or the call's return value).
    action: list[str] = field(default_factory=list)
    #: Module and function the scenario enters through (calls only).
    module: str | None = None
    function: str | None = None
    #: The web framework whose test client the scenario uses, or whose setup a call into
    #: its project needs (django), if any.
    framework: str | None = None
    #: Environment the crash needs: variables the code read successfully before it
    #: crashed (set to placeholders) and the one it missed (``None``: removed).
    environment: dict[str, str | None] = field(default_factory=dict)
    #: For an existing test of the app that already fails with the error: its node id.
    test_node: str | None = None
    #: Top-level modules production lacks unless the project declares their distribution
    #: (a ``ModuleNotFoundError`` for a dependency installed here but never declared).
    hidden_modules: tuple[str, ...] = ()
    #: Names the action binds whose state after it is part of the behaviour: arguments a
    #: function may change in place (a dict it purges, a list it fills), the receiver.
    observed: list[str] = field(default_factory=list)
    #: How the regression test is written: ``"pytest"``, or ``"unittest"`` for an app whose
    #: interpreter has no pytest or whose tests are all ``TestCase`` classes.
    test_style: str = "pytest"
    #: Whether the scenario stands on values made up for it (placeholder fields of rows
    #: production's database held): it shows the crash can happen, not what the data was.
    made_up: bool = False


def module_name(rel: str) -> str:
    parts = rel.removesuffix(".py").split("/")
    if parts and parts[0] == "src" and len(parts) > 1:
        parts = parts[1:]
    if parts[-1] == "__init__":
        parts = parts[:-1]
    return ".".join(parts)


def is_test_file(rel: str) -> bool:
    *dirs, name = rel.split("/")
    return (name.startswith("test_") or name.endswith("_test.py") or name == "conftest.py"
            or "tests" in dirs or "test" in dirs)


def calls_in_tests(workspace: Workspace, name: str) -> Iterator[tuple[str, ast.Call]]:
    """Each call of the bare name ``name`` in the app's test files (conftest included),
    with the text of its file: how the tests build an object the reproduction needs."""
    for rel in workspace.files():
        if not is_test_file(rel):
            continue
        text = workspace.read(rel)
        if f"{name}(" not in text:
            continue
        try:
            tree = ast.parse(text)
        except SyntaxError:
            continue
        for node in ast.walk(tree):
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) \
                    and node.func.id == name:
                yield text, node


def replay_context(site: CrashSite) -> dict[str, Any]:
    contexts = site.event.raw.get("contexts")
    replay = contexts.get(CONTEXT_KEY) if isinstance(contexts, dict) else None
    return replay if isinstance(replay, dict) else {}
