from pathlib import Path

from fleet.economy import Fill, litres_per_100km, main

CSV = """vehicle,date,odometer_km,litres
VAN-02,2024-04-02,48210,61.0
VAN-01,2024-04-01,120400,55.2
VAN-07,2024-04-29,12,70.0
VAN-01,2024-04-09,121050,58.5
VAN-02,2024-04-15,48890,54.4
VAN-01,2024-04-20,121720,60.3
VAN-02,2024-04-28,49530,52.0
"""


def test_single_fill_up_is_not_measured(tmp_path: Path, capsys) -> None:
    path = tmp_path / "fills.csv"
    path.write_text(CSV, encoding="utf-8")
    assert main([str(path)]) == 0
    assert capsys.readouterr().out.splitlines() == [
        "VAN-01     1320 km    9.0 L/100km",
        "VAN-02     1320 km    8.1 L/100km",
        "VAN-07        0 km    n/a L/100km",
        "FLEET      2640 km    8.5 L/100km",
    ]


def test_economy_of_one_fill_up_is_none() -> None:
    assert litres_per_100km([Fill("VAN-07", "2024-04-29", 12, 70.0)]) is None
    assert litres_per_100km([Fill("V", "a", 1000, 40.0), Fill("V", "b", 1500, 45.0)]) == 9.0
