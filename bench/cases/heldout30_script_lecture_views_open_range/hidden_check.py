import csv
import json
from pathlib import Path

from lecturestats.downloads import bytes_fetched
from lecturestats.report import main

CATALOGUE = [
    {
        "path": "/v/chem101-w3.mp4",
        "course": "CHEM101",
        "title": "Week 3: Bonding",
        "bytes": 400000000,
    },
    {
        "path": "/v/hist210-w3.mp4",
        "course": "HIST210",
        "title": "Week 3: The Hanse",
        "bytes": 250000000,
    },
]


def test_open_ended_range_runs_to_the_end_of_the_file() -> None:
    assert bytes_fetched("bytes=1048576-", 4194304) == 3145728
    assert bytes_fetched("bytes=0-", 1000) == 1000
    assert bytes_fetched("bytes=999-", 1000) == 1
    assert bytes_fetched("bytes=0-499", 1000) == 500


def test_resumed_download_counts_as_a_view(tmp_path: Path) -> None:
    (tmp_path / "catalogue.json").write_text(json.dumps(CATALOGUE), encoding="utf-8")
    (tmp_path / "downloads.tsv").write_text(
        "2024-02-12T09:01:10Z\ts1\t/v/chem101-w3.mp4\t200\t\n"
        "2024-02-12T09:05:00Z\ts2\t/v/chem101-w3.mp4\t206\tbytes=0-1048575\n"
        "2024-02-12T09:05:01Z\ts2\t/v/chem101-w3.mp4\t206\tbytes=1048576-\n"
        "2024-02-12T10:00:00Z\ts3\t/v/hist210-w3.mp4\t206\tbytes=200000000-\n"
        "2024-02-12T10:02:00Z\ts4\t/v/hist210-w3.mp4\t206\tbytes=0-\n",
        encoding="utf-8",
    )
    out = tmp_path / "views.csv"
    assert (
        main([str(tmp_path / "downloads.tsv"), str(tmp_path / "catalogue.json"), "--out", str(out)])
        == 0
    )
    with out.open(newline="", encoding="utf-8") as handle:
        rows = list(csv.reader(handle))
    assert rows == [
        ["course", "title", "views", "megabytes"],
        ["CHEM101", "Week 3: Bonding", "2", "800.0"],
        ["HIST210", "Week 3: The Hanse", "1", "300.0"],
    ]
