"""The owner asks for the month-to-date figure on the 3rd of March."""

import runpy
import sys
import tempfile
from pathlib import Path

export = Path(tempfile.mkdtemp()) / "orders.csv"
export.write_text(
    "id,placed_at,total\n"
    "1041,2026-02-28T21:10:00+00:00,18.00\n"
    "1042,2026-02-28T23:30:00+00:00,42.50\n"
    "1043,2026-03-01T10:05:00+00:00,12.90\n"
    "1044,2026-03-02T16:45:00+00:00,64.00\n",
    encoding="utf-8",
)
sys.argv = ["sales", str(export), "2026-03-01", "--since"]
runpy.run_module("shopreport.sales", run_name="__main__", alter_sys=True)
