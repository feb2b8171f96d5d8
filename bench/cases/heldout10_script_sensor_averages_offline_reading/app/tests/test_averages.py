from pathlib import Path

from sensors.averages import averages, format_average


def test_averages(tmp_path: Path) -> None:
    csv_file = tmp_path / "readings.csv"
    csv_file.write_text(
        "sensor,taken_at,celsius\n"
        "greenhouse,2026-03-07T06:00,18.0\n"
        "greenhouse,2026-03-07T12:00,24.5\n"
        "cellar,2026-03-07T06:00,11.0\n",
        encoding="utf-8",
    )
    assert averages(str(csv_file)) == {"cellar": "11.0", "greenhouse": "21.2"}


def test_format_average_empty() -> None:
    assert format_average([]) == "-"
