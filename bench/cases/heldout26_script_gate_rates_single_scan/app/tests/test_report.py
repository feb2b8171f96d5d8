from pathlib import Path

from doorstats.report import main

EXPORT = """time,gate,barcode,result
2024-11-02T19:00:05,North,EV7-0001,ok
2024-11-02T19:00:40,South,EV7-0002,ok
2024-11-02T19:01:10,North,EV7-0003,ok
2024-11-02T19:02:00,North,EV7-0001,already_scanned
2024-11-02T19:03:05,North,EV7-0004,ok
2024-11-02T19:04:40,South,EV7-0005,ok
2024-11-02T19:05:05,North,EV7-0006,ok
"""


def test_report(tmp_path: Path, capsys) -> None:
    export = tmp_path / "scans.csv"
    export.write_text(EXPORT, encoding="utf-8")
    assert main([str(export)]) == 0
    assert capsys.readouterr().out.splitlines() == [
        "gate       admitted  per min",
        "North             4      0.8",
        "South             2      0.5",
        "all               6      1.2",
        "refused scans: 1",
    ]


def test_usage(capsys) -> None:
    assert main([]) == 2
