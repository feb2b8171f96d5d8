from pathlib import Path

from doorstats.report import main

EXPORT = """time,gate,barcode,result
2024-11-02T18:58:12,North,EV7-4F2A-0001,ok
2024-11-02T18:58:31,North,EV7-4F2A-0002,ok
2024-11-02T18:59:02,South,EV7-4F2A-0003,ok
2024-11-02T19:00:47,North,EV7-4F2A-0004,ok
2024-11-02T19:01:15,VIP,EV7-4F2A-0005,ok
2024-11-02T19:01:20,Side,EV7-4F2A-0008,ok
2024-11-02T19:01:25,Side,EV7-4F2A-0009,ok
2024-11-02T19:01:30,Side,EV7-4F2A-0010,ok
2024-11-02T19:02:03,South,EV7-4F2A-0006,ok
2024-11-02T19:02:40,South,EV7-4F2A-0917,unknown_ticket
2024-11-02T19:04:58,North,EV7-4F2A-0007,ok
"""


def test_short_busy_windows_count_as_one_minute(tmp_path: Path, capsys) -> None:
    export = tmp_path / "scans.csv"
    export.write_text(EXPORT, encoding="utf-8")
    assert main([str(export)]) == 0
    assert capsys.readouterr().out.splitlines() == [
        "gate       admitted  per min",
        "North             4      0.6",
        "Side              3      3.0",
        "South             2      0.7",
        "VIP               1      1.0",
        "all              10      1.5",
        "refused scans: 1",
    ]
