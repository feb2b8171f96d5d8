from racetime.results import Entry, Placing, category_winners, rank, summary


def test_runners_without_a_time_come_last_unplaced() -> None:
    entries = [
        Entry(12, "Ann Fell", "F40", "1:01:30"),
        Entry(44, "Tom Scree", "M", "DNF"),
        Entry(7, "Joss Naylor", "MV60", "58:02"),
        Entry(9, "Kim Crag", "F", "DSQ"),
        Entry(31, "Bill Tarn", "M", "1:01:30"),
        Entry(50, "Lou Gill", "F40", "DNS"),
        Entry(3, "Nicky Spink", "F", "1:05:11"),
    ]
    assert rank(entries) == [
        Placing(1, 7, "Joss Naylor", "MV60", "0:58:02", "finished"),
        Placing(2, 12, "Ann Fell", "F40", "1:01:30", "finished"),
        Placing(2, 31, "Bill Tarn", "M", "1:01:30", "finished"),
        Placing(4, 3, "Nicky Spink", "F", "1:05:11", "finished"),
        Placing(None, 9, "Kim Crag", "F", None, "DSQ"),
        Placing(None, 44, "Tom Scree", "M", None, "DNF"),
        Placing(None, 50, "Lou Gill", "F40", None, "DNS"),
    ]


def test_a_non_finisher_wins_no_category() -> None:
    entries = [
        Entry(44, "Tom Scree", "M", "DNF"),
        Entry(31, "Bill Tarn", "M", "1:01:30"),
    ]
    placings = rank(entries)
    assert {c: p.bib for c, p in category_winners(placings).items()} == {"M": 31}
    assert summary(entries)["finished"] == 1
