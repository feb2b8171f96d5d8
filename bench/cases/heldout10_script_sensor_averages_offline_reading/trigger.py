"""The morning job averages yesterday's readings; the greenhouse sensor dropped off once."""

import runpy
import sys
import tempfile
from pathlib import Path

readings = Path(tempfile.mkdtemp()) / "readings.csv"
readings.write_text(
    "sensor,taken_at,celsius\n"
    "greenhouse,2026-03-07T06:00,18.0\n"
    "greenhouse,2026-03-07T09:00,N/A\n"
    "greenhouse,2026-03-07T12:00,24.0\n",
    encoding="utf-8",
)
sys.argv = ["averages", str(readings)]
runpy.run_module("sensors.averages", run_name="__main__", alter_sys=True)
