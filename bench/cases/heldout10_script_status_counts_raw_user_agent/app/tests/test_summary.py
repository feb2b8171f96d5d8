from pathlib import Path

import pytest
from logstats.summary import count_statuses, main

LOG = (
    '10.0.0.1 - - [07/Mar/2026:10:00:00 +0000] "GET / HTTP/1.1" 200 512 "-" "curl/8.5"\n'
    '10.0.0.2 - - [07/Mar/2026:10:00:01 +0000] "GET /x HTTP/1.1" 404 12 "-" "Mozilla/5.0"\n'
    '10.0.0.3 - - [07/Mar/2026:10:00:02 +0000] "GET / HTTP/1.1" 200 512 "-" "Mozilla/5.0"\n'
)


def test_counts(tmp_path: Path) -> None:
    log = tmp_path / "access.log"
    log.write_text(LOG, encoding="utf-8")
    assert count_statuses(str(log)) == {"200": 2, "404": 1}


def test_main_prints(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    log = tmp_path / "access.log"
    log.write_text(LOG, encoding="utf-8")
    assert main([str(log)]) == 0
    assert capsys.readouterr().out.splitlines() == ["200 2", "404 1"]
