import gzip
from collections import Counter
from pathlib import Path

import pytest
from logstats.summary import main, summarise

LINE = '10.0.0.1 - - [07/Mar/2026:10:00:00 +0000] "GET / HTTP/1.1" {} 512 "-" "curl/8.5"\n'


def write_rotated_logs(log_dir: Path) -> None:
    (log_dir / "access.log").write_text(LINE.format(200), encoding="utf-8")
    (log_dir / "access.log.1").write_text(LINE.format(200) + LINE.format(404), encoding="utf-8")
    (log_dir / "access.log.2.gz").write_bytes(gzip.compress((LINE.format(500) * 3).encode("utf-8")))
    (log_dir / "access.log.3.gz").write_bytes(
        gzip.compress((LINE.format(301) + LINE.format(200)).encode("utf-8"))
    )


def test_compressed_rotations_are_counted(tmp_path: Path) -> None:
    write_rotated_logs(tmp_path)
    assert summarise(tmp_path) == Counter({"2xx": 3, "3xx": 1, "4xx": 1, "5xx": 3})


def test_report(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    write_rotated_logs(tmp_path)
    assert main([str(tmp_path)]) == 0
    assert capsys.readouterr().out == "2xx: 3\n3xx: 1\n4xx: 1\n5xx: 3\n"
