"""The failing test as the model is shown it: runnable pytest source that raises now."""

from __future__ import annotations

import ast
from pathlib import Path

from bugstack.llm.reproduction import MAX_TEST_LINES, reproduction_test
from bugstack.repair.reproduce.model import Scenario


def test_a_scenario_is_written_as_a_test_without_assertions() -> None:
    scenario = Scenario(
        kind="call", title="shop.versions.parse_version(text='3')",
        imports={"from shop.versions import parse_version", "import os"},
        helpers={"def _helper():\n    return 1\n"},
        action=["result = parse_version(text='3')"], function="parse_version",
        environment={"SHOP_REGION": "eu", "SHOP_TOKEN": None})
    source = reproduction_test(scenario)
    ast.parse(source)  # it is Python
    assert "def test_parse_version_reproduces(monkeypatch: pytest.MonkeyPatch) -> None:" \
        in source
    assert "    monkeypatch.setenv('SHOP_REGION', 'eu')" in source
    assert "    monkeypatch.delenv('SHOP_TOKEN', raising=False)" in source
    assert source.rstrip().endswith("result = parse_version(text='3')")
    assert source.index("import os") < source.index("from shop.versions")
    assert "assert" not in source


def test_the_apps_own_failing_test_is_shown_from_its_file(tmp_path: Path) -> None:
    (tmp_path / "tests").mkdir()
    lines = [f"# line {n}" for n in range(MAX_TEST_LINES + 50)]
    (tmp_path / "tests" / "test_cart.py").write_text("\n".join(lines), encoding="utf-8")
    scenario = Scenario(kind="call", title="the app's failing test",
                        test_node="tests/test_cart.py::test_total")
    source = reproduction_test(scenario, tmp_path)
    assert source.startswith("# tests/test_cart.py::test_total (the app's own test")
    assert f"# line {MAX_TEST_LINES - 1}" in source and f"# line {MAX_TEST_LINES}\n" \
        not in source
