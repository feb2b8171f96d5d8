"""The recorder the figures command relies on."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.reliability.conftest import Figures


def test_attempts_and_measures_are_appended_as_json_lines(tmp_path: Path) -> None:
    target = tmp_path / "figures.jsonl"
    recorder = Figures("tests/x.py::test_y", target)
    recorder.attempt("sandbox_escape", "read /etc/shadow", held=True)
    recorder.measure("ingest events/s", 812.5, "events/s")
    lines = [json.loads(line) for line in target.read_text().splitlines()]
    assert [line["type"] for line in lines] == ["attempt", "measure"]
    assert lines[0]["held"] is True and lines[0]["test"] == "tests/x.py::test_y"
    assert lines[1]["value"] == 812.5


def test_an_unknown_kind_is_refused() -> None:
    with pytest.raises(ValueError, match="unknown kind"):
        Figures("t", None).attempt("vibes", "x", held=True)
