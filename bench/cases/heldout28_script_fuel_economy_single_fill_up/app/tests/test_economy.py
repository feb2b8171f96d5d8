from pathlib import Path

from fleet.economy import Fill, format_line, litres_per_100km, main

CSV = """vehicle,date,odometer_km,litres
VAN-02,2024-04-02,48210,61.0
VAN-01,2024-04-01,120400,55.2
VAN-01,2024-04-09,121050,58.5
VAN-02,2024-04-15,48890,54.4
VAN-01,2024-04-20,121720,60.3
VAN-02,2024-04-28,49530,52.0
"""


def test_full_to_full() -> None:
    fills = [Fill("V", "d1", 1000, 40.0), Fill("V", "d2", 1500, 45.0), Fill("V", "d3", 2000, 35.0)]
    assert litres_per_100km(fills) == 8.0


def test_format_line() -> None:
    assert format_line("VAN-01", 1320, 8.9) == "VAN-01     1320 km    8.9 L/100km"
    assert format_line("VAN-09", 0, None) == "VAN-09        0 km    n/a L/100km"


def test_report(tmp_path: Path, capsys) -> None:
    path = tmp_path / "fills.csv"
    path.write_text(CSV, encoding="utf-8")
    assert main([str(path)]) == 0
    assert capsys.readouterr().out.splitlines() == [
        "VAN-01     1320 km    9.0 L/100km",
        "VAN-02     1320 km    8.1 L/100km",
        "FLEET      2640 km    8.5 L/100km",
    ]


def test_usage() -> None:
    assert main([]) == 2
