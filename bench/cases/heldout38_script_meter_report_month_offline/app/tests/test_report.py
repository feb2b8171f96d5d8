from datetime import date
from pathlib import Path

from meterlog.__main__ import main
from meterlog.readings import Reading
from meterlog.report import build_report, monthly_average, months_between

READINGS = [
    Reading(date(2025, 1, 1), 12.0),
    Reading(date(2025, 1, 2), 10.0),
    Reading(date(2025, 2, 1), 8.5),
    Reading(date(2025, 2, 14), 9.5),
    Reading(date(2025, 3, 3), 7.25),
]


def test_months_between_crosses_new_year() -> None:
    assert months_between((2024, 11), (2025, 2)) == [(2024, 11), (2024, 12), (2025, 1), (2025, 2)]


def test_average() -> None:
    assert monthly_average(READINGS, (2025, 2)) == 9.0


def test_report() -> None:
    assert build_report(READINGS, (2025, 1), (2025, 3)) == [
        "2025-01   11.00 kWh/day",
        "2025-02    9.00 kWh/day",
        "2025-03    7.25 kWh/day",
        "lowest: 2025-03",
    ]


def test_cli(tmp_path: Path, capsys) -> None:
    export = tmp_path / "export.csv"
    export.write_text("day,kwh\n2025-01-01,12.0\n2025-01-02,10.0\n", encoding="utf-8")
    assert main([str(export), "2025-01", "2025-01"]) == 0
    assert capsys.readouterr().out.splitlines() == ["2025-01   11.00 kWh/day", "lowest: 2025-01"]
