import json
from pathlib import Path

import pytest

from covgate.cli import main
from covgate.report import package_of, percent


def _report(tmp_path: Path, files: dict[str, tuple[int, int]]) -> str:
    data = {
        "meta": {"version": "7.4.0"},
        "files": {
            name: {"summary": {"covered_lines": c, "num_statements": s, "missing_lines": s - c}}
            for name, (c, s) in files.items()
        },
    }
    path = tmp_path / "coverage.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    return str(path)


def test_package_of() -> None:
    assert package_of("src/billing/api.py") == "billing"
    assert package_of("billing/sub/x.py") == "billing"
    assert package_of("setup.py") == "<root>"


def test_percent() -> None:
    assert percent(2, 3) == 66.7


def test_all_packages_pass(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    report = _report(tmp_path, {"src/billing/api.py": (45, 50), "src/billing/db.py": (40, 50), "src/auth/x.py": (9, 10)})
    assert main([report]) == 0
    assert capsys.readouterr().out.splitlines() == [
        "auth                 9/10      90.0%  ok",
        "billing             85/100     85.0%  ok",
    ]


def test_gate_fails(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    report = _report(tmp_path, {"src/billing/api.py": (10, 50)})
    assert main([report, "--fail-under", "50"]) == 1
    assert "below 50.0%: billing" in capsys.readouterr().err
