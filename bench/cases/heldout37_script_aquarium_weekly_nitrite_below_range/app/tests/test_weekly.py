from pathlib import Path

from tankcheck.readings import load, parse_level
from tankcheck.weekly import main

LOG = """date,tank,ph,ammonia,nitrite,nitrate
2024-06-10,A,7.2,0,0,10
2024-06-10,B,6.8,0.5,0.25,20
2024-06-12,A,7.4,,0,
2024-06-13,B,6.6,0.25,0,50
"""

OLD_LOG = """date,tank,ph,ammonia,nitrate
2024-04-01,A,7.0,0,5
2024-04-03,A,7.2,<0.25,10
"""


def test_parse_level() -> None:
    assert parse_level("7.4") == 7.4
    assert parse_level(" <0.25 ") == 0.25
    assert parse_level("") is None
    assert parse_level(None) is None


def test_weekly_report(tmp_path: Path, capsys) -> None:
    log = tmp_path / "log.csv"
    log.write_text(LOG, encoding="utf-8")
    assert main([str(log)]) == 1
    assert capsys.readouterr().out.splitlines() == [
        "Tank A: 2 tests, 2024-06-10 to 2024-06-12",
        "  pH       7.3 avg",
        "  ammonia  0 max",
        "  nitrite  0 max",
        "  nitrate  10 max",
        "Tank B: 2 tests, 2024-06-10 to 2024-06-13",
        "  pH       6.7 avg",
        "  ammonia  0.5 max",
        "  nitrite  0.25 max",
        "  nitrate  50 max",
        "ALERT tank B: ammonia 0.5 ppm (limit 0.25)",
        "ALERT tank B: nitrate 50 ppm (limit 40)",
    ]


def test_log_from_before_the_nitrite_kit(tmp_path: Path, capsys) -> None:
    log = tmp_path / "old.csv"
    log.write_text(OLD_LOG, encoding="utf-8")
    assert [r.nitrite for r in load(log)] == [None, None]
    assert main([str(log)]) == 0
    assert "  nitrite  not tested" in capsys.readouterr().out


def test_usage() -> None:
    assert main([]) == 2
