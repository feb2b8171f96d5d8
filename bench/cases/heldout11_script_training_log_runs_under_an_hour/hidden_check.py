from pathlib import Path

from runlog.weekly import duration_seconds, main, weekly_totals


def test_minutes_and_seconds_only() -> None:
    assert duration_seconds("45:10") == 2710
    assert duration_seconds("34:08") == 2048
    assert duration_seconds("1:05:30") == 3930


def test_short_runs_count_in_the_week() -> None:
    lines = ["date\tkm\tduration", "2026-03-02\t12.1\t1:05:30", "2026-03-05\t6.2\t34:08"]
    assert weekly_totals(lines) == {"2026-W10": (2, 3930 + 2048)}


def test_report(tmp_path: Path, capsys) -> None:
    export = tmp_path / "export.tsv"
    export.write_text(
        "date\tkm\tduration\n2026-03-02\t12.1\t1:05:30\n2026-03-05\t6.2\t34:08\n"
        "2026-03-09\t5.0\t28:00\n",
        encoding="utf-8",
    )
    assert main([str(export)]) == 0
    assert capsys.readouterr().out == "2026-W10  2 runs  1:39:38\n2026-W11  1 runs  0:28:00\n"
