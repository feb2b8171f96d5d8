from pathlib import Path

import pytest

from report.main import header
from report.settings import DEFAULTS, load


def test_absent_file_means_defaults(tmp_path: Path) -> None:
    assert load(tmp_path / "report.json") == DEFAULTS
    assert header(tmp_path) == "Monthly report (EUR, 2 decimals)"


def test_broken_file_is_still_an_error(tmp_path: Path) -> None:
    (tmp_path / "report.json").write_text("{not json", encoding="utf-8")
    with pytest.raises(ValueError):
        load(tmp_path / "report.json")
