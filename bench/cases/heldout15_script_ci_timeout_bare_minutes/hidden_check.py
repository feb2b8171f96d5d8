from pathlib import Path

import pytest

from pipebudget.cli import main
from pipebudget.durations import parse_duration

PIPELINE = """\
[jobs.lint]
timeout = "5m"

[jobs.unit]
timeout = "40m"

[jobs.migrations]
timeout = "45"

[jobs.deploy-staging]
timeout = "20m"
"""


def test_a_bare_number_is_minutes() -> None:
    assert parse_duration("45") == 2700
    assert parse_duration(" 90 ") == 5400
    assert parse_duration("5m") == 300
    assert parse_duration("30s") == 30


def test_other_text_is_still_refused() -> None:
    for text in ("soon", "", "45 minutes", "m"):
        with pytest.raises(ValueError):
            parse_duration(text)


def test_format_one_pipeline(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "pipeline.toml"
    path.write_text(PIPELINE, encoding="utf-8")
    assert main([str(path), "--budget", "2h"]) == 0
    assert capsys.readouterr().out.splitlines() == [
        "lint             0:05:00",
        "unit             0:40:00",
        "migrations       0:45:00",
        "deploy-staging   0:20:00",
        "total            1:50:00  (budget 2:00:00, ok)",
    ]


def test_format_one_pipeline_over_budget(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "pipeline.toml"
    path.write_text('[jobs.e2e]\ntimeout = "150"\n\n[jobs.smoke]\ntimeout = "45"\n', encoding="utf-8")
    assert main([str(path), "--budget", "3h"]) == 1
    assert capsys.readouterr().out.splitlines()[-1] == "total   3:15:00  (budget 3:00:00, OVER BUDGET)"
