from pathlib import Path

import pytest

from pipebudget.cli import main
from pipebudget.durations import format_duration, parse_duration


@pytest.mark.parametrize(
    ("text", "seconds"),
    [("90s", 90), ("45m", 2700), ("2h", 7200), ("1h30m", 5400), (" 1H 15M ", 4500), ("1h0m30s", 3630)],
)
def test_parse(text: str, seconds: int) -> None:
    assert parse_duration(text) == seconds


@pytest.mark.parametrize("text", ["", "soon", "1.5h", "-5m", "10 minutes"])
def test_parse_refuses(text: str) -> None:
    with pytest.raises(ValueError):
        parse_duration(text)


def test_format() -> None:
    assert format_duration(5400) == "1:30:00"
    assert format_duration(59) == "0:00:59"
    assert format_duration(36000 + 61) == "10:01:01"


def test_pipeline_within_budget(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    pipeline = tmp_path / "pipeline.toml"
    pipeline.write_text('[jobs.lint]\ntimeout = "10m"\n\n[jobs.test]\ntimeout = "1h15m"\n\n[jobs.package]\n')
    assert main([str(pipeline)]) == 0
    assert capsys.readouterr().out.splitlines() == [
        "lint      0:10:00",
        "test      1:15:00",
        "package   1:00:00",
        "total     2:25:00  (budget 3:00:00, ok)",
    ]


def test_pipeline_over_budget(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    pipeline = tmp_path / "pipeline.toml"
    pipeline.write_text('[jobs.integration]\ntimeout = "2h30m"\n\n[jobs.e2e]\ntimeout = "90m"\n')
    assert main([str(pipeline), "--budget", "3h"]) == 1
    captured = capsys.readouterr()
    assert captured.out.splitlines()[-1] == "total         4:00:00  (budget 3:00:00, OVER BUDGET)"
    assert "needs 1:00:00 more" in captured.err
