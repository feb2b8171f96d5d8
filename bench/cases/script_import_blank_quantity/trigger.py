"""Cron runs the import on last night's export, which has a single-item order."""

import runpy
import sys
import tempfile
from pathlib import Path

export = Path(tempfile.mkdtemp()) / "export.csv"
export.write_text("order_id,sku,quantity\n1,B,4\n2,A,\n3,A,2\n", encoding="utf-8")
sys.argv = ["orders_import", str(export)]
runpy.run_module("orders_import.cli", run_name="__main__", alter_sys=True)
