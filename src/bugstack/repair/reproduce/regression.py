"""The regression test: the scenario, plus assertions on what the fixed code does.

It asserts the behaviour observed after the verified fix (the status and body of the
response, the value returned, or the error the fix raises on purpose), not merely that
nothing was raised, and it is placed where the project keeps its tests.
"""

from __future__ import annotations

import ast
import re
from collections import Counter
from pathlib import Path
from typing import TYPE_CHECKING

from bugstack.guides.declared import runtime_source
from bugstack.repair.app_interpreter import has_pytest
from bugstack.repair.reproduce.clock_values import ONCE, mentions_today, typed_checks
from bugstack.repair.reproduce.model import Scenario
from bugstack.repair.reproduce.module_state import restore_code

if TYPE_CHECKING:  # the probe builds scenarios, which ask this module for the test style
    from bugstack.repair.reproduce.probe import Outcome

__all__ = ["PYTEST", "UNITTEST", "regression_test_path", "regression_test_style",
           "render_regression_test"]


def _test_directory(root: Path) -> str:
    """Where the project keeps its tests: the folder holding most of its test files."""
    counts: Counter[str] = Counter()
    for path in root.rglob("test_*.py"):
        rel = path.relative_to(root)
        if not {".venv", "venv", "site-packages", "node_modules"}.intersection(rel.parts):
            counts[rel.parent.as_posix()] += 1
    if counts:
        return max(counts, key=lambda folder: (counts[folder], -folder.count("/")))
    for folder in ("tests", "test"):
        if (root / folder).is_dir():
            return folder
    return "."


def regression_test_path(root: Path, name: str) -> str:
    """Repository-relative path for a new test file, in the project's tests directory."""
    slug = re.sub(r"[^a-z0-9]+", "_", name.lower()).strip("_") or "crash"
    folder = _test_directory(root)
    candidate = f"test_regression_{slug}.py" if folder == "." else \
        f"{folder}/test_regression_{slug}.py"
    stem, number = candidate.removesuffix(".py"), 2
    while (root / candidate).exists():
        candidate, number = f"{stem}_{number}.py", number + 1
    return candidate


def _literal(text: str) -> bool:
    try:
        ast.literal_eval(text)
    except (ValueError, SyntaxError, TypeError, MemoryError, RecursionError):
        return False
    return True


_SET_CALLS = {"set", "frozenset"}


def _set_order(text: str) -> str | None:
    """How a repr holding a set can be checked, since a set's order changes from one
    process to the next (string hashing is salted): ``"equal"`` when it is literals and
    ``set()``/``frozenset()`` calls only (``name == frozenset({...})`` holds in any
    order), ``"unreliable"`` when a set sits inside anything else (``Plot(tags={...})``),
    None when there is no set in it."""
    try:
        tree = ast.parse(text, mode="eval")
    except (SyntaxError, ValueError, MemoryError, RecursionError):
        return None
    nodes = list(ast.walk(tree.body))
    sets = [n for n in nodes if isinstance(n, ast.Set) or (
        isinstance(n, ast.Call) and isinstance(n.func, ast.Name) and n.func.id in _SET_CALLS)]
    if not sets:
        return None
    plain = all(isinstance(n, ast.Constant | ast.Set | ast.List | ast.Tuple | ast.Dict
                           | ast.UnaryOp | ast.USub | ast.UAdd | ast.Load)
                or (isinstance(n, ast.Call) and isinstance(n.func, ast.Name)
                    and n.func.id in _SET_CALLS and not n.keywords)
                or (isinstance(n, ast.Name) and n.id in _SET_CALLS)
                for n in nodes)
    return "equal" if plain else "unreliable"


#: One check, as ``assert LEFT OP RIGHT`` reads: ``==``, ``is``, or ``in``.
Check = tuple[str, str, str]


def _checks(outcome: Outcome, framework: str | None, again: Outcome | None = None,
            ) -> list[Check]:
    """What the test asserts of the answer; ``again`` is a second run's, and what differs
    between the two (a random token, the clock) is asserted by its type only."""
    value = outcome.value
    second = again.value if again is not None and again.ran and not again.raised else None
    if outcome.raised:
        return []  # handled by the pytest.raises block around the action
    if "status" in value:
        checks: list[Check] = [("result.status_code", "==", repr(value["status"]))]
        if value.get("json_ok"):
            expected = value.get("json")
            # Flask's test response parses JSON with get_json(); httpx and Django use json().
            parsed = "result.get_json()" if framework == "flask" else "result.json()"
            checks += typed_checks(parsed, expected, again=second.get("json", ONCE)
                                   if second and second.get("json_ok") else ONCE)
        elif value.get("text") and not mentions_today(value["text"][:200]):
            checks.append((repr(value["text"][:200]), "in", "_text(result)"))
        return checks
    text = str(value.get("repr", ""))
    other = str(second.get("repr", "")) if second is not None else text
    if other != text:
        checks = typed_checks("result", ast.literal_eval(text), again=ast.literal_eval(other)) \
            if _literal(text) and _literal(other) else \
            [("type(result).__name__", "==", repr(value.get("type")))]
    elif mentions_today(text):
        checks = [("type(result).__name__", "==", repr(value.get("type")))]
    elif text in ("None", "True", "False"):
        checks = [("result", "is", text)]
    elif _literal(text) or _set_order(text) == "equal":
        checks = [("result", "==", text)]
    elif _set_order(text) == "unreliable":
        checks = [("type(result).__name__", "==", repr(value.get("type")))]
    else:
        checks = [("type(result).__name__", "==", repr(value.get("type"))),
                  ("repr(result)", "==", repr(text))]
    return checks + _state_checks(value.get("state") or {})


def _state_checks(state: dict[str, str]) -> list[Check]:
    """What the call left in the objects it was given: often the point of a function that
    returns None (it purges a dict, fills a list, updates a record)."""
    checks: list[Check] = []
    for name, text in sorted(state.items()):
        if len(text) >= 2000 or "0x" in text or mentions_today(text):
            continue  # cut short, an identity or today's date: nothing a test can rely on
        order = _set_order(text)
        if _literal(text) or order == "equal":
            checks.append((name, "==", text))
        elif order == "unreliable":
            continue  # a set inside: its repr's order changes from one run to the next
        elif not text.startswith("<"):
            checks.append((f"repr({name})", "==", repr(text)))
    return checks


def _assert(check: Check, style: str) -> str:
    left, op, right = check
    if style != UNITTEST:
        return f"assert {left} {op} {right}"
    if op == "in":
        return f"self.assertIn({left}, {right})"
    if op == "is":
        return f"self.assertIsNone({left})" if right == "None" else \
            f"self.assertIs({left}, {right})"
    return f"self.assertEqual({left}, {right})"


def regression_test_style(root: Path, python: str | None) -> str:
    """How the regression test is written: as a ``unittest.TestCase`` when the app's
    interpreter has no pytest to run anything else, or when the project's tests are all
    ``TestCase`` classes (its runner may be unittest, which collects nothing else);
    otherwise as a pytest function. A ``TestCase`` runs under pytest as well."""
    if python is not None and has_pytest(python) is False:
        return UNITTEST
    unittest_files = pytest_files = 0
    for path in root.rglob("*.py"):
        rel = path.relative_to(root)
        if {".venv", "venv", "env", "site-packages", "node_modules"}.intersection(rel.parts):
            continue
        if not (path.name.startswith("test") or path.name.endswith("_test.py")):
            continue
        text = path.read_text(encoding="utf-8", errors="replace")
        if _PYTEST_STYLE.search(text):
            pytest_files += 1
        elif _TESTCASE.search(text):
            unittest_files += 1
    return UNITTEST if unittest_files and not pytest_files else PYTEST


PYTEST = "pytest"
UNITTEST = "unittest"
_TESTCASE = re.compile(r"^class \w+\((?:unittest\.)?(?:Isolated)?(?:Async)?TestCase\)", re.M)
_PYTEST_STYLE = re.compile(r"^(?:import pytest|from pytest |(?:async )?def test)", re.M)


_TEXT_HELPER = (
    "def _text(response):\n"
    "    # Test clients differ: Starlette has .text, Flask .get_data(), Django .content.\n"
    "    if hasattr(response, 'get_data'):\n"
    "        return response.get_data(as_text=True)\n"
    "    text = getattr(response, 'text', None)\n"
    "    return text if isinstance(text, str) else response.content.decode()\n"
)


def _declaration_test(scenario: Scenario, func: str, summary: str, test_path: str) -> str:
    """For a dependency production lacks: the project must declare what provides it."""
    modules = list(scenario.hidden_modules)
    depth = test_path.count("/")
    body = [f"# {scenario.module or 'the app'} imports {', '.join(modules)}; production "
            "installs only the distributions the project declares.",
            _assert((f"undeclared_imports({modules!r}, ROOT)", "==", "[]"),
                    scenario.test_style)]
    header = [f'"""Regression test written by bugstack: {summary}"""', ""]
    if scenario.test_style == UNITTEST:
        header.append("import unittest")
    return "\n".join([
        *header, runtime_source().rstrip(), "", "",
        f"ROOT = Path(__file__).resolve().parents[{depth}]", "", "",
        *_test_function(func, "", body, scenario.test_style),
    ]) + "\n"


def _test_function(func: str, signature_args: str, body: list[str], style: str,
                   setup: list[str] | None = None) -> list[str]:
    """``def test_x_regression()`` for pytest; for unittest, the same as a method of a
    ``TestCase`` named after the function, after its ``setUp`` when there is one."""
    if style != UNITTEST:
        args = f"({signature_args})"
        return [f"def test_{func}_regression{args} -> None:",
                *("    " + line if line else "" for line in body)]
    name = "".join(part.capitalize() for part in func.split("_")) or "Crash"
    before = [*("    " + line for line in setup), ""] if setup else []
    return [f"class {name}RegressionTest(unittest.TestCase):", *before,
            f"    def test_{func}_regression(self) -> None:",
            *("        " + line if line else "" for line in body)]


def render_regression_test(
    scenario: Scenario, outcome: Outcome, name: str, summary: str,
    test_path: str = "tests/test_regression.py", again: Outcome | None = None,
) -> str:
    """Source of a test module reproducing the crash and asserting the fixed behaviour, in
    the scenario's ``test_style``: a pytest function, or a ``unittest.TestCase``. ``again``
    is a second run of the same scenario: what it answers differently is not pinned."""
    if scenario.hidden_modules:
        func = re.sub(r"[^a-z0-9]+", "_", name.lower()).strip("_") or "crash"
        return _declaration_test(scenario, func, summary, test_path)
    style = scenario.test_style
    imports = set(scenario.imports)
    helpers = set(scenario.helpers)
    body: list[str]
    if outcome.raised:
        if style == UNITTEST:
            body = [f"with self.assertRaises({outcome.exc_type}) as caught:"]
            caught = "caught.exception"
        else:
            imports.add("import pytest")
            body = [f"with pytest.raises({outcome.exc_type}) as caught:"]
            caught = "caught.value"
        body += ["    " + line for line in scenario.action]
        if isinstance(outcome.value.get("status"), int):
            body.append(_assert((f"{caught}.status_code", "==",
                                 repr(outcome.value["status"])), style))
        if outcome.exc_module not in (None, "builtins") and outcome.exc_type:
            imports.add(f"from {outcome.exc_module} import {outcome.exc_type}")
    else:
        body = [*scenario.action,
                *(_assert(check, style) for check in _checks(outcome, scenario.framework,
                                                             again))]
        if any("_text(result)" in line for line in body):
            helpers.add(_TEXT_HELPER)
    func = re.sub(r"[^a-z0-9]+", "_", name.lower()).strip("_") or "crash"
    signature = ""
    if scenario.environment and style == UNITTEST:
        # patch.dict puts the whole environment back afterwards, removed variables too.
        imports |= {"import os", "from unittest import mock"}
        values = {k: v for k, v in scenario.environment.items() if v is not None}
        removed = [f"os.environ.pop({k!r}, None)" for k, v in scenario.environment.items()
                   if v is None]
        body = [f"with mock.patch.dict(os.environ, {values!r}):",
                *("    " + line if line else "" for line in [*removed, *body])]
    elif scenario.environment:
        imports.add("import pytest")
        signature = "monkeypatch: pytest.MonkeyPatch"
        setup = [f"monkeypatch.setenv({k!r}, {v!r})" if v is not None
                 else f"monkeypatch.delenv({k!r}, raising=False)"
                 for k, v in scenario.environment.items()]
        body = setup + body
    if style == UNITTEST:
        imports.add("import unittest")
    restore = restore_code(outcome.state_changed, imports, outcome.state_seen,
                           outcome.state_unwritten)
    set_up: list[str] = []
    if restore is not None:
        imports |= restore.imports | {"import copy", "from typing import Any"}
        helpers.add(restore.helpers())
        if style == UNITTEST:
            set_up = restore.unittest_setup()
        else:
            imports |= {"import pytest", "from collections.abc import Iterator"}
            helpers.add(restore.pytest_fixture())
    lines = [f'"""Regression test written by bugstack: {summary}"""', ""]
    lines += sorted(i for i in imports if i.startswith("import "))
    lines += sorted(i for i in imports if i.startswith("from "))
    for helper in sorted(helpers):
        lines += ["", "", helper.rstrip()]
    lines += ["", "", *_test_function(func, signature, body, style, set_up)]
    return "\n".join(lines) + "\n"
