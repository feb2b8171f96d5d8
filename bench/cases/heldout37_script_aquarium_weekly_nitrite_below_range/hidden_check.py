from pathlib import Path

from tankcheck.readings import load
from tankcheck.weekly import main

LOG = """date,tank,ph,ammonia,nitrite,nitrate
2024-06-10,A,7.2,0,0,10
2024-06-11,C,7.6,<0.25,<0.25,15
2024-06-12,A,7.4,,0,
2024-06-14,C,7.8,0,0.5,20
2024-06-15,D,7.0,0,<0.25,<5
"""


def test_below_range_nitrite_counts_as_the_card_value(tmp_path: Path) -> None:
    log = tmp_path / "log.csv"
    log.write_text(LOG, encoding="utf-8")
    readings = load(log)
    assert len(readings) == 5
    assert [r.nitrite for r in readings] == [0, 0.25, 0, 0.5, 0.25]
    assert readings[1].ph == 7.6


def test_weekly_report_keeps_the_below_range_tests(tmp_path: Path, capsys) -> None:
    log = tmp_path / "log.csv"
    log.write_text(LOG, encoding="utf-8")
    assert main([str(log)]) == 1
    assert capsys.readouterr().out.splitlines() == [
        "Tank A: 2 tests, 2024-06-10 to 2024-06-12",
        "  pH       7.3 avg",
        "  ammonia  0 max",
        "  nitrite  0 max",
        "  nitrate  10 max",
        "Tank C: 2 tests, 2024-06-11 to 2024-06-14",
        "  pH       7.7 avg",
        "  ammonia  0.25 max",
        "  nitrite  0.5 max",
        "  nitrate  20 max",
        "Tank D: 1 tests, 2024-06-15 to 2024-06-15",
        "  pH       7.0 avg",
        "  ammonia  0 max",
        "  nitrite  0.25 max",
        "  nitrate  5 max",
        "ALERT tank C: nitrite 0.5 ppm (limit 0.25)",
    ]
