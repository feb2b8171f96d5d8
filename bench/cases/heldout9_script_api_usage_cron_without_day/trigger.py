"""The 00:10 cron entry runs the usage report with the log path only."""

import json
import runpy
import sys
import tempfile
from datetime import UTC, datetime, timedelta
from pathlib import Path

now = datetime.now(UTC)
log = Path(tempfile.mkdtemp()) / "access.jsonl"
log.write_text(
    "\n".join(
        json.dumps({"ts": (now - timedelta(hours=h)).isoformat(), "key": key, "path": "/v1/orders"})
        for h, key in [(20, "k_live_a"), (26, "k_live_b"), (30, "k_live_a")]
    ),
    encoding="utf-8",
)
sys.argv = ["report", str(log)]
runpy.run_module("usage.report", run_name="__main__", alter_sys=True)
