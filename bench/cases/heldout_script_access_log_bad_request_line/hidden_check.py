from pathlib import Path

from logstats.top_paths import main, top_paths

GOOD = [
    '203.0.113.7 - - [25/Nov/2026:10:00:01 +0000] "GET /pricing?ref=ad HTTP/1.1" 200 512 "-" "Mozilla/5.0"\n',
    '203.0.113.8 - - [25/Nov/2026:10:00:02 +0000] "GET /pricing HTTP/1.1" 200 512 "-" "curl/8.5"\n',
    '203.0.113.9 - - [25/Nov/2026:10:00:03 +0000] "POST /signup HTTP/2.0" 302 0 "-" "Mozilla/5.0"\n',
]
PROBES = [
    '198.51.100.4 - - [25/Nov/2026:10:00:04 +0000] "-" 400 0 "-" "-"\n',
    '198.51.100.5 - - [25/Nov/2026:10:00:05 +0000] "\\x16\\x03\\x01\\x02\\x00\\x01" 400 157 "-" "-"\n',
]


def test_lines_without_a_valid_request_are_skipped() -> None:
    lines = [GOOD[0], PROBES[0], GOOD[1], PROBES[1], GOOD[2]]
    assert top_paths(lines) == [("/pricing", 2), ("/signup", 1)]


def test_report_over_a_log_with_probes(tmp_path: Path, capsys) -> None:
    log = tmp_path / "access.log"
    log.write_text(PROBES[0] + GOOD[2] + PROBES[1], encoding="utf-8")
    assert main([str(log)]) == 0
    assert capsys.readouterr().out == "       1  /signup\n"
