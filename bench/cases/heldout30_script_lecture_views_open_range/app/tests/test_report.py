import csv
import json
from pathlib import Path

from lecturestats.catalogue import load_catalogue
from lecturestats.downloads import bytes_fetched, read_log
from lecturestats.report import main

CATALOGUE = [
    {
        "path": "/v/chem101-w3.mp4",
        "course": "CHEM101",
        "title": "Week 3: Bonding",
        "bytes": 400_000_000,
    },
    {
        "path": "/v/hist210-w3.mp4",
        "course": "HIST210",
        "title": "Week 3: The Hanse",
        "bytes": 250_000_000,
    },
    {"path": "/v/hist210-w4.mp4", "course": "HIST210", "title": "Week 4: Guilds", "bytes": 0},
]

LOG = """\
# ts\tclient\tpath\tstatus\trange
2024-02-12T09:01:10Z\ts1\t/v/chem101-w3.mp4\t200\t
2024-02-12T09:05:00Z\ts2\t/v/chem101-w3.mp4\t206\tbytes=0-99999999
2024-02-12T09:09:41Z\ts2\t/v/chem101-w3.mp4\t206\tbytes=100000000-199999999
2024-02-12T10:00:00Z\ts3\t/v/hist210-w3.mp4\t206\tbytes=0-999999
2024-02-12T10:00:02Z\ts3\t/v/hist210-w3.mp4\t404\t
2024-02-12T10:30:00Z\ts4\t/v/old-lecture.mp4\t200\t
"""


def test_byte_ranges() -> None:
    assert bytes_fetched("", 1000) == 1000
    assert bytes_fetched("bytes=0-499", 1000) == 500
    assert bytes_fetched("bytes=900-5000", 1000) == 100


def test_log_skips_comments_and_errors() -> None:
    downloads = list(read_log(LOG.splitlines(keepends=True)))
    assert [d.client for d in downloads] == ["s1", "s2", "s2", "s3", "s4"]
    assert downloads[1].range == "bytes=0-99999999"


def test_catalogue_skips_recordings_still_encoding(tmp_path: Path) -> None:
    path = tmp_path / "catalogue.json"
    path.write_text(json.dumps(CATALOGUE), encoding="utf-8")
    assert sorted(load_catalogue(path)) == ["/v/chem101-w3.mp4", "/v/hist210-w3.mp4"]


def test_weekly_report(tmp_path: Path) -> None:
    (tmp_path / "catalogue.json").write_text(json.dumps(CATALOGUE), encoding="utf-8")
    (tmp_path / "downloads.tsv").write_text(LOG, encoding="utf-8")
    out = tmp_path / "views.csv"
    assert (
        main([str(tmp_path / "downloads.tsv"), str(tmp_path / "catalogue.json"), "--out", str(out)])
        == 0
    )
    with out.open(newline="", encoding="utf-8") as handle:
        rows = list(csv.reader(handle))
    assert rows == [
        ["course", "title", "views", "megabytes"],
        ["CHEM101", "Week 3: Bonding", "2", "600.0"],
        ["HIST210", "Week 3: The Hanse", "0", "1.0"],
    ]
