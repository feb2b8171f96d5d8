from pathlib import Path

from runlog.weekly import duration_seconds, format_duration, main, weekly_totals

EXPORT = ["date\tkm\tduration", "2026-03-02\t12.1\t1:05:30", "2026-03-04\t15.0\t1:21:00", ""]


def test_duration() -> None:
    assert duration_seconds("1:05:30") == 3930
    assert format_duration(3930) == "1:05:30"


def test_weekly_totals() -> None:
    assert weekly_totals(EXPORT) == {"2026-W10": (2, 3930 + 4860)}


def test_main(tmp_path: Path, capsys) -> None:
    export = tmp_path / "export.tsv"
    export.write_text("\n".join(EXPORT), encoding="utf-8")
    assert main([str(export)]) == 0
    assert capsys.readouterr().out == "2026-W10  2 runs  2:26:30\n"
