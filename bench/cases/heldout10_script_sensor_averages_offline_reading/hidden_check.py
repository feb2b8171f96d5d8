from pathlib import Path

import pytest
from sensors.averages import averages, main

CSV = (
    "sensor,taken_at,celsius\n"
    "greenhouse,2026-03-07T06:00,18.0\n"
    "greenhouse,2026-03-07T09:00,N/A\n"
    "greenhouse,2026-03-07T12:00,24.0\n"
    "cellar,2026-03-07T06:00,N/A\n"
    "cellar,2026-03-07T12:00,N/A\n"
    "attic,2026-03-07T06:00,9.5\n"
)


def test_offline_readings_left_out(tmp_path: Path) -> None:
    csv_file = tmp_path / "readings.csv"
    csv_file.write_text(CSV, encoding="utf-8")
    assert averages(str(csv_file)) == {"attic": "9.5", "cellar": "-", "greenhouse": "21.0"}


def test_main_prints_every_sensor(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    csv_file = tmp_path / "readings.csv"
    csv_file.write_text(CSV, encoding="utf-8")
    assert main([str(csv_file)]) == 0
    assert capsys.readouterr().out.splitlines() == ["attic,9.5", "cellar,-", "greenhouse,21.0"]
