"""Cron runs the daily report on the tracker's export of 2026-03-02."""

import json
import runpy
import sys
import tempfile
from pathlib import Path

events = [
    {"ts": "2026-03-02T07:58:12+00:00", "user": "u_81", "path": "/"},
    {"ts": "2026-03-02T07:58:40+00:00", "user": "u_81", "path": "/pricing"},
    {"ts": "2026-03-02T08:03:05+00:00", "user": "u_17", "path": "/"},
]
export = Path(tempfile.mkdtemp()) / "clicks-2026-03-02.jsonl"
export.write_text("".join(json.dumps(e) + "\n" for e in events) + "\n", encoding="utf-8")
sys.argv = ["report", str(export)]
runpy.run_module("clicks.report", run_name="__main__", alter_sys=True)
