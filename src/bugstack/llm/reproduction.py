"""The reproduction as the model is shown it: the failing test the engine wrote and ran.

Once the engine has reproduced the error, it holds a scenario that raises it on the
current code. Written as a pytest test (the scenario's imports, helpers, environment and
action, with no assertion), it tells the model exactly what must stop failing, in the
form the engine will check. When the error was reproduced by the app's own failing test,
that test file is shown instead.
"""

from __future__ import annotations

import re
from pathlib import Path

from bugstack.repair.reproduce.model import Scenario

__all__ = ["MAX_TEST_LINES", "reproduction_test"]

#: An app's own test file is cut to this many lines (the failing test is named above it).
MAX_TEST_LINES = 200


def reproduction_test(scenario: Scenario, root: Path | None = None) -> str:
    """The failing test's source; for the app's own test, its file (from ``root``)."""
    if scenario.test_node is not None:
        path = scenario.test_node.split("::", 1)[0]
        try:
            text = (root / path).read_text(encoding="utf-8") if root is not None else ""
        except OSError:
            text = ""
        lines = text.splitlines()[:MAX_TEST_LINES]
        return f"# {scenario.test_node} (the app's own test, failing now)\n" + "\n".join(lines)
    name = re.sub(r"[^a-z0-9]+", "_", (scenario.function or "crash").lower()).strip("_")
    signature = "()"
    setup: list[str] = []
    if scenario.environment:
        signature = "(monkeypatch: pytest.MonkeyPatch)"
        setup = [f"monkeypatch.setenv({k!r}, {v!r})" if v is not None
                 else f"monkeypatch.delenv({k!r}, raising=False)"
                 for k, v in scenario.environment.items()]
    imports = set(scenario.imports) | ({"import pytest"} if scenario.environment else set())
    lines = [f'"""Reproduces the crash: {scenario.title}"""', ""]
    lines += sorted(i for i in imports if i.startswith("import "))
    lines += sorted(i for i in imports if i.startswith("from "))
    for helper in sorted(scenario.helpers):
        lines += ["", "", helper.rstrip()]
    lines += ["", "", f"def test_{name or 'crash'}_reproduces{signature} -> None:"]
    lines += ["    " + line if line else "" for line in [*setup, *scenario.action]]
    return "\n".join(lines) + "\n"
