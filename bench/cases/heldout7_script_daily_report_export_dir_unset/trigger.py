"""The daily sales report runs on the staging box, which has no EXPORT_DIR set."""

import json
import os
import runpy
import sys
import tempfile
from pathlib import Path

os.environ.pop("EXPORT_DIR", None)
orders = Path(tempfile.mkdtemp()) / "orders.json"
orders.write_text(
    json.dumps([{"placed": "2026-03-07T09:12:00", "lines": [{"sku": "MUG", "qty": 2}, {"sku": "TEA", "qty": 1}]}]),
    encoding="utf-8",
)
sys.argv = ["daily", str(orders), "2026-03-07"]
runpy.run_module("reports.daily", run_name="__main__", alter_sys=True)
