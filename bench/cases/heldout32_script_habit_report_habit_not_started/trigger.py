"""Sunday night cron: the weekly report from the tracker's export, after a new habit was added."""

import json
import tempfile
from pathlib import Path

from habits.report import main

export = Path(tempfile.mkdtemp()) / "tracker-export.json"
export.write_text(
    json.dumps(
        {
            "habits": [
                {"name": "Read 20 pages", "created": "2024-01-02",
                 "checkins": ["2024-03-08", "2024-03-09", "2024-03-10", "2024-03-04"]},
                {"name": "Stretch", "created": "2024-02-11", "checkins": ["2024-03-06"]},
                {"name": "Cold shower", "created": "2024-03-10", "checkins": []},
            ]
        }
    ),
    encoding="utf-8",
)
main(["--export", str(export), "--today", "2024-03-10"])
