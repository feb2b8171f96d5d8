"""The March board pack runs on the first month with orders from the new Irish store."""

import runpy
import sys
import tempfile
from pathlib import Path

orders = Path(tempfile.mkdtemp()) / "orders.csv"
orders.write_text("order,country,total\n1,GB,10.00\n2,IE,25.00\n3,DE,5.50\n", encoding="utf-8")
sys.argv = ["regions", str(orders)]
runpy.run_module("salesreport.regions", run_name="__main__", alter_sys=True)
