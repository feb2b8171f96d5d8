from datetime import date
from pathlib import Path

from meterlog.__main__ import main
from meterlog.readings import Reading
from meterlog.report import NO_DATA, build_report, monthly_average

READINGS = [
    Reading(date(2025, 1, 1), 12.0),
    Reading(date(2025, 1, 2), 10.0),
    Reading(date(2025, 3, 3), 7.25),
    Reading(date(2025, 3, 4), 8.75),
]


def test_month_without_readings_has_no_average() -> None:
    assert monthly_average(READINGS, (2025, 2)) is None
    assert monthly_average(READINGS, (2025, 3)) == 8.0


def test_report_shows_no_data_and_ignores_it_for_lowest() -> None:
    assert build_report(READINGS, (2025, 1), (2025, 3)) == [
        "2025-01   11.00 kWh/day",
        f"2025-02  {NO_DATA:>6} kWh/day",
        "2025-03    8.00 kWh/day",
        "lowest: 2025-03",
    ]


def test_cli_quarter_with_offline_month(tmp_path: Path, capsys) -> None:
    export = tmp_path / "export.csv"
    export.write_text("day,kwh\n2025-01-01,12.0\n2025-01-02,10.0\n", encoding="utf-8")
    assert main([str(export), "2024-12", "2025-01"]) == 0
    assert capsys.readouterr().out.splitlines() == [
        "2024-12     n/a kWh/day",
        "2025-01   11.00 kWh/day",
        "lowest: 2025-01",
    ]
