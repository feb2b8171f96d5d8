import json
from pathlib import Path

import pytest

from covgate.cli import main
from covgate.report import percent


def _report(tmp_path: Path, files: dict[str, tuple[int, int]]) -> str:
    data = {
        "meta": {"version": "7.4.0"},
        "files": {name: {"summary": {"covered_lines": c, "num_statements": s}} for name, (c, s) in files.items()},
    }
    path = tmp_path / "coverage.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    return str(path)


def test_no_statements_is_fully_covered() -> None:
    assert percent(0, 0) == 100.0


def test_a_package_with_no_statements_passes_the_gate(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    report = _report(
        tmp_path,
        {
            "src/shipping/__init__.py": (0, 0),
            "src/shipping/rates.py": (88, 96),
            "src/plugins/__init__.py": (0, 0),
        },
    )
    assert main([report]) == 0
    captured = capsys.readouterr()
    assert captured.out.splitlines() == [
        "plugins              0/0      100.0%  ok",
        "shipping            88/96      91.7%  ok",
    ]
    assert captured.err == ""


def test_the_gate_still_fails_real_gaps(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    report = _report(tmp_path, {"src/plugins/__init__.py": (0, 0), "src/shipping/rates.py": (30, 96)})
    assert main([report]) == 1
    assert capsys.readouterr().err.strip() == "below 80.0%: shipping"
