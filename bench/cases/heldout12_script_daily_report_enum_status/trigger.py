"""Cron runs the nightly report; one order has been pending since last week."""

import json
import runpy
import sys
import tempfile
from pathlib import Path

orders = Path(tempfile.mkdtemp()) / "orders.json"
orders.write_text(json.dumps([
    {"id": "o7", "status": "pending", "placed_at": "2024-05-30T09:15:00"},
    {"id": "o9", "status": "shipped", "placed_at": "2024-05-29T10:00:00"},
]), encoding="utf-8")
sys.argv = ["reports.daily", str(orders), "--now", "2024-06-03T20:00:00"]
runpy.run_module("reports.daily", run_name="__main__", alter_sys=True)
