"""Monday's cron job: `python -m lecturestats.report` on last week's download log."""

import json
import runpy
import sys
import tempfile
from pathlib import Path

work = Path(tempfile.mkdtemp(prefix="lecture-views-"))
(work / "catalogue.json").write_text(
    json.dumps(
        [
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
    ),
    encoding="utf-8",
)
(work / "downloads.tsv").write_text(
    "# ts\tclient\tpath\tstatus\trange\n"
    "2024-02-12T09:01:10Z\ts1\t/v/chem101-w3.mp4\t200\t\n"
    "2024-02-12T09:05:00Z\ts2\t/v/chem101-w3.mp4\t206\tbytes=0-1048575\n"
    "2024-02-12T09:05:01Z\ts2\t/v/chem101-w3.mp4\t206\tbytes=1048576-\n"
    "2024-02-12T10:00:00Z\ts3\t/v/hist210-w3.mp4\t206\tbytes=0-999999\n",
    encoding="utf-8",
)
sys.argv = [
    "lecturestats.report",
    str(work / "downloads.tsv"),
    str(work / "catalogue.json"),
    "--out",
    str(work / "views.csv"),
]
runpy.run_module("lecturestats.report", run_name="__main__", alter_sys=True)
