"""March's statements, with the touring company among the customers."""

import runpy
import sys
import tempfile
from pathlib import Path

work = Path(tempfile.mkdtemp())
invoices = work / "invoices-2026-03.csv"
invoices.write_text(
    "customer,invoice,amount\nNorthwind Traders,INV-311,420.00\nAC/DC Touring Ltd,INV-312,1890.00\nContoso,INV-313,75.25\n",
    encoding="utf-8",
)
sys.argv = ["monthly", str(invoices), str(work / "statements")]
runpy.run_module("statements.monthly", run_name="__main__", alter_sys=True)
