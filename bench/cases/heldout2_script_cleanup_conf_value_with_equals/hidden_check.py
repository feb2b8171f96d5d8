from pathlib import Path

import pytest

from housekeeping.cleanup import main
from housekeeping.settings import ConfigError, parse_lines, read_settings

URL = "https://chat.example.com/hooks/ops?channel=ops&token=c2VjcmV0dG9rZW4="


def test_webhook_url_keeps_its_query_string(tmp_path: Path) -> None:
    conf = tmp_path / "cleanup.conf"
    conf.write_text(f"DIRECTORY={tmp_path}\nRETENTION_DAYS=30\nWEBHOOK_URL={URL}\n", encoding="utf-8")
    settings = read_settings(conf)
    assert settings.webhook_url == URL
    assert settings.retention_days == 30


def test_summary_names_the_webhook(tmp_path: Path, capsys) -> None:
    conf = tmp_path / "cleanup.conf"
    conf.write_text(f"DIRECTORY={tmp_path}\nWEBHOOK_URL = {URL}\n", encoding="utf-8")
    assert main([str(conf), "--dry-run"]) == 0
    assert capsys.readouterr().out.strip() == f"removed 0 file(s) older than 14 days (posted to {URL})"


def test_line_without_equals_is_still_refused() -> None:
    assert parse_lines(["a = b=c"]) == {"A": "b=c"}
    with pytest.raises(ConfigError):
        parse_lines(["WEBHOOK_URL https://chat.example.com/"])
