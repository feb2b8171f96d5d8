from pathlib import Path

from logstats.top_paths import main, request_path, top_paths

LINES = [
    '203.0.113.7 - - [25/Nov/2026:10:00:01 +0000] "GET /pricing?ref=ad HTTP/1.1" 200 512 "-" "Mozilla/5.0"\n',
    '203.0.113.8 - - [25/Nov/2026:10:00:02 +0000] "GET /pricing HTTP/1.1" 200 512 "-" "curl/8.5"\n',
    '203.0.113.9 - - [25/Nov/2026:10:00:03 +0000] "POST /signup HTTP/2.0" 302 0 "-" "Mozilla/5.0"\n',
]


def test_request_path_drops_the_query() -> None:
    assert request_path(LINES[0]) == "/pricing"


def test_top_paths() -> None:
    assert top_paths(LINES) == [("/pricing", 2), ("/signup", 1)]


def test_main(tmp_path: Path, capsys) -> None:
    log = tmp_path / "access.log"
    log.write_text("".join(LINES) + "\n", encoding="utf-8")
    assert main([str(log), "--limit", "1"]) == 0
    assert capsys.readouterr().out == "       2  /pricing\n"
