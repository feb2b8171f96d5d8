from collections import Counter
from pathlib import Path

import pytest
from logstats.summary import main, status_of, summarise

OK = '10.0.0.1 - - [07/Mar/2026:10:00:00 +0000] "GET / HTTP/1.1" 200 512 "-" "curl/8.5"\n'
MISSING = '10.0.0.2 - - [07/Mar/2026:10:00:01 +0000] "GET /x HTTP/1.1" 404 0 "-" "curl/8.5"\n'
BROKEN = '10.0.0.3 - - [07/Mar/2026:10:00:02 +0000] "POST /pay HTTP/1.1" 502 0 "-" "Mozilla"\n'


def test_status_of() -> None:
    assert status_of(OK) == "200"
    assert status_of("garbage\n") is None


def test_live_and_first_rotated_log(tmp_path: Path) -> None:
    (tmp_path / "access.log").write_text(OK + MISSING, encoding="utf-8")
    (tmp_path / "access.log.1").write_text(OK + BROKEN, encoding="utf-8")
    (tmp_path / "error.log").write_text("[error] upstream timed out\n", encoding="utf-8")
    assert summarise(tmp_path) == Counter({"2xx": 2, "4xx": 1, "5xx": 1})


def test_main_prints_classes(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "access.log").write_text(OK + OK + BROKEN, encoding="utf-8")
    assert main([str(tmp_path)]) == 0
    assert capsys.readouterr().out == "2xx: 2\n5xx: 1\n"
