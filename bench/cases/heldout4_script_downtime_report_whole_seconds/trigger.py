"""The monthly downtime report runs over the API's answer for March."""

import json
import runpy
import sys
import tempfile
from pathlib import Path

answer = {
    "incidents": [
        {"check": "web", "down_at": "2026-03-05T10:00:00.500Z", "up_at": "2026-03-05T10:12:30.500Z"},
        {"check": "api", "down_at": "2026-03-07T22:15:00Z", "up_at": "2026-03-07T22:16:40.100Z"},
    ]
}
path = Path(tempfile.mkdtemp()) / "incidents-2026-03.json"
path.write_text(json.dumps(answer), encoding="utf-8")
sys.argv = ["report", str(path)]
runpy.run_module("uptime.report", run_name="__main__", alter_sys=True)
