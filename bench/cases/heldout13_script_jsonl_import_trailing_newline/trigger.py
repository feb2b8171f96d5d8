"""The nightly cron job imports last night's export, as the export tool wrote it."""

import json
import runpy
import sys
import tempfile
from pathlib import Path

work = Path(tempfile.mkdtemp())
export = work / "views-2024-05-01.jsonl"
with export.open("w", encoding="utf-8") as out:
    for n in range(3):
        out.write(json.dumps({"at": f"2024-05-01T08:00:0{n}Z", "path": "/", "visitor": f"v{n}"}) + "\n")
sys.argv = ["importer", str(export), str(work / "stats.db")]
runpy.run_module("importer", run_name="__main__", alter_sys=True)
