from pathlib import Path

import pytest
from racetime.results import Entry, Placing, category_winners, load_entries, rank, summary
from racetime.times import format_time, parse_time


def test_parse_and_format() -> None:
    assert parse_time("1:02:03") == 3723
    assert parse_time(" 48:10") == 2890
    assert format_time(2890) == "0:48:10"
    with pytest.raises(ValueError):
        parse_time("48:70")


def test_rank_with_a_tie(tmp_path: Path) -> None:
    sheet = tmp_path / "sheet.csv"
    sheet.write_text(
        "bib,name,category,time\n"
        "12,Ann Fell,F40,1:01:30\n"
        "7,Joss Naylor,MV60,58:02\n"
        "31,Bill Tarn,M,1:01:30\n"
        "3,Nicky Spink,F,1:05:11\n",
        encoding="utf-8",
    )
    placings = rank(load_entries(sheet))
    assert [(p.position, p.bib, p.time) for p in placings] == [
        (1, 7, "0:58:02"),
        (2, 12, "1:01:30"),
        (2, 31, "1:01:30"),
        (4, 3, "1:05:11"),
    ]
    assert all(p.status == "finished" for p in placings)


def test_summary_counts_non_finishers() -> None:
    entries = [
        Entry(1, "A", "M", "1:00:00"),
        Entry(2, "B", "F", "DNF"),
        Entry(3, "C", "M", "dns"),
        Entry(4, "D", "F", "59:00"),
    ]
    assert summary(entries) == {"entered": 4, "started": 3, "finished": 2}


def test_category_winners() -> None:
    placings = [
        Placing(1, 7, "Joss", "MV60", "0:58:02", "finished"),
        Placing(2, 12, "Ann", "F40", "1:01:30", "finished"),
        Placing(3, 14, "Beth", "F40", "1:02:00", "finished"),
    ]
    assert {c: p.bib for c, p in category_winners(placings).items()} == {"MV60": 7, "F40": 12}
