import os
import time
from pathlib import Path

import pytest

from housekeeping.cleanup import main
from housekeeping.settings import ConfigError, Settings, parse_lines, read_settings


def _conf(tmp_path: Path, text: str) -> Path:
    conf = tmp_path / "cleanup.conf"
    conf.write_text(text, encoding="utf-8")
    return conf


def test_parse_lines() -> None:
    assert parse_lines(["# nightly", "", "directory = /srv/exports", "retention_days=7"]) == {
        "DIRECTORY": "/srv/exports",
        "RETENTION_DAYS": "7",
    }


def test_line_without_equals_is_refused() -> None:
    with pytest.raises(ConfigError):
        parse_lines(["DIRECTORY /srv/exports"])


def test_defaults(tmp_path: Path) -> None:
    assert read_settings(_conf(tmp_path, "DIRECTORY=/srv/exports\n")) == Settings(Path("/srv/exports"))


def test_cleanup(tmp_path: Path, capsys) -> None:
    exports = tmp_path / "exports"
    exports.mkdir()
    old, new = exports / "old.csv", exports / "new.csv"
    old.write_text("x")
    new.write_text("y")
    ten_days_ago = time.time() - 10 * 86400
    os.utime(old, (ten_days_ago, ten_days_ago))
    assert main([str(_conf(tmp_path, f"DIRECTORY={exports}\nRETENTION_DAYS=7\n"))]) == 0
    assert capsys.readouterr().out.strip() == "removed 1 file(s) older than 7 days"
    assert not old.exists() and new.exists()
