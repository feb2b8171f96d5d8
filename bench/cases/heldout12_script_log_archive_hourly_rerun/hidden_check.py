from datetime import date
from pathlib import Path

from logtools.archive import sweep


def test_second_run_of_the_day_still_archives(tmp_path: Path) -> None:
    logs, archive = tmp_path / "logs", tmp_path / "archive"
    logs.mkdir()
    (logs / "api.log.1").write_text("09:00")
    sweep(logs, archive, date(2024, 6, 3))
    (logs / "api.log.1").write_text("10:00")
    (logs / "worker.log.1").write_text("worker 10:00")
    moved = sweep(logs, archive, date(2024, 6, 3))
    assert [p.name for p in moved] == ["api.log.1.1", "worker.log.1.2"]
    day = archive / "2024-06-03"
    assert (day / "api.log.1.0").read_text() == "09:00"
    assert (day / "api.log.1.1").read_text() == "10:00"
    assert (day / "worker.log.1.2").read_text() == "worker 10:00"
    assert list(logs.iterdir()) == []


def test_run_with_nothing_rotated(tmp_path: Path) -> None:
    logs, archive = tmp_path / "logs", tmp_path / "archive"
    logs.mkdir()
    (archive / "2024-06-03").mkdir(parents=True)
    assert sweep(logs, archive, date(2024, 6, 3)) == []
