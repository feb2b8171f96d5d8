from datetime import date
from pathlib import Path

from logtools.archive import sweep


def test_first_run_of_the_day(tmp_path: Path) -> None:
    logs, archive = tmp_path / "logs", tmp_path / "archive"
    logs.mkdir()
    (logs / "api.log").write_text("live")
    (logs / "api.log.1").write_text("rotated api")
    (logs / "worker.log.1").write_text("rotated worker")
    moved = sweep(logs, archive, date(2024, 6, 3))
    assert [p.name for p in moved] == ["api.log.1.0", "worker.log.1.1"]
    assert (archive / "2024-06-03" / "api.log.1.0").read_text() == "rotated api"
    assert sorted(p.name for p in logs.iterdir()) == ["api.log"]
