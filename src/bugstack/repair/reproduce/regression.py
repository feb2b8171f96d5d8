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

from bugstack.guides.declared import runtime_source
from bugstack.repair.reproduce.probe import Outcome
from bugstack.repair.reproduce.scenarios import Scenario

__all__ = ["regression_test_path", "render_regression_test"]


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


def _assertions(outcome: Outcome, framework: str | None) -> list[str]:
    value = outcome.value
    if outcome.raised:
        return []  # handled by the pytest.raises block around the action
    if "status" in value:
        lines = [f"assert result.status_code == {value['status']!r}"]
        if value.get("json_ok"):
            expected = value.get("json")
            # Flask's test response parses JSON with get_json(); httpx and Django use json().
            parsed = "result.get_json()" if framework == "flask" else "result.json()"
            lines.append(f"assert {parsed} is None" if expected is None
                         else f"assert {parsed} == {expected!r}")
        elif value.get("text"):
            lines.append(f"assert {value['text'][:200]!r} in _text(result)")
        return lines
    text = str(value.get("repr", ""))
    if text in ("None", "True", "False"):
        lines = [f"assert result is {text}"]
    elif _literal(text):
        lines = [f"assert result == {text}"]
    else:
        lines = [f"assert type(result).__name__ == {value.get('type')!r}",
                 f"assert repr(result) == {text!r}"]
    return lines + _state_assertions(value.get("state") or {})


def _state_assertions(state: dict[str, str]) -> list[str]:
    """What the call left in the objects it was given: often the point of a function that
    returns None (it purges a dict, fills a list, updates a record)."""
    lines = []
    for name, text in sorted(state.items()):
        if len(text) >= 2000 or "0x" in text:
            continue  # cut short, or an identity no test can rely on
        if _literal(text):
            lines.append(f"assert {name} == {text}")
        elif not text.startswith("<"):
            lines.append(f"assert repr({name}) == {text!r}")
    return lines


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
    return "\n".join([
        f'"""Regression test written by bugstack: {summary}"""', "",
        runtime_source().rstrip(), "", "",
        f"ROOT = Path(__file__).resolve().parents[{depth}]", "", "",
        f"def test_{func}_regression() -> None:",
        f"    # {scenario.module or 'the app'} imports {', '.join(modules)}; production installs "
        "only the distributions the project declares.",
        f"    assert undeclared_imports({modules!r}, ROOT) == []",
    ]) + "\n"


def render_regression_test(
    scenario: Scenario, outcome: Outcome, name: str, summary: str,
    test_path: str = "tests/test_regression.py",
) -> str:
    """Source of a pytest module reproducing the crash and asserting the fixed behaviour."""
    if scenario.hidden_modules:
        func = re.sub(r"[^a-z0-9]+", "_", name.lower()).strip("_") or "crash"
        return _declaration_test(scenario, func, summary, test_path)
    imports = set(scenario.imports)
    helpers = set(scenario.helpers)
    body: list[str]
    if outcome.raised:
        imports.add("import pytest")
        body = [f"with pytest.raises({outcome.exc_type}) as caught:"]
        body += ["    " + line for line in scenario.action]
        if isinstance(outcome.value.get("status"), int):
            body.append(f"assert caught.value.status_code == {outcome.value['status']!r}")
        if outcome.exc_module not in (None, "builtins") and outcome.exc_type:
            imports.add(f"from {outcome.exc_module} import {outcome.exc_type}")
    else:
        body = [*scenario.action, *_assertions(outcome, scenario.framework)]
        if any("_text(result)" in line for line in body):
            helpers.add(_TEXT_HELPER)
    func = re.sub(r"[^a-z0-9]+", "_", name.lower()).strip("_") or "crash"
    signature = "()"
    if scenario.environment:
        imports.add("import pytest")
        signature = "(monkeypatch: pytest.MonkeyPatch)"
        setup = [f"monkeypatch.setenv({k!r}, {v!r})" if v is not None
                 else f"monkeypatch.delenv({k!r}, raising=False)"
                 for k, v in scenario.environment.items()]
        body = setup + body
    lines = [f'"""Regression test written by bugstack: {summary}"""', ""]
    lines += sorted(i for i in imports if i.startswith("import "))
    lines += sorted(i for i in imports if i.startswith("from "))
    for helper in sorted(helpers):
        lines += ["", "", helper.rstrip()]
    lines += ["", "", f"def test_{func}_regression{signature} -> None:"]
    lines += ["    " + line if line else "" for line in body]
    return "\n".join(lines) + "\n"
