from pathlib import Path

from report.main import header
from report.settings import load


def test_overrides(tmp_path: Path) -> None:
    (tmp_path / "report.json").write_text('{"currency": "USD"}', encoding="utf-8")
    assert load(tmp_path / "report.json") == {"currency": "USD", "decimals": 2, "title": "Monthly report"}
    assert header(tmp_path) == "Monthly report (USD, 2 decimals)"
