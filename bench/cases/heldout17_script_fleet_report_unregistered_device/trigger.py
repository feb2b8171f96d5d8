"""The 06:00 cron job: `python -m fleet.report registry.csv heartbeats.jsonl`, on a night
when a freshly installed sensor reported in before being filed in the registry."""

import runpy
import sys
import tempfile
from pathlib import Path

work = Path(tempfile.mkdtemp())
(work / "registry.csv").write_text(
    "id,site,model\nth-001,Dock 4,TH-20\nth-002,Dock 4,TH-20\nco2-17,Cold store B,CO2-3\n",
    encoding="utf-8",
)
(work / "heartbeats.jsonl").write_text(
    '{"device": "th-001", "at": "2024-03-05T02:00:00Z"}\n'
    '{"device": "th-031", "at": "2024-03-05T02:00:00Z"}\n'
    '{"device": "co2-17", "at": "2024-03-05T02:01:00Z"}\n',
    encoding="utf-8",
)
sys.argv = ["fleet.report", str(work / "registry.csv"), str(work / "heartbeats.jsonl")]
try:
    runpy.run_module("fleet.report", run_name="__main__")
except SystemExit as done:
    if done.code:
        raise
