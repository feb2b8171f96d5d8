"""The Saturday stocktake: one SKU typed wrong on the count sheet."""

import runpy
import sys
import tempfile
from pathlib import Path

work = Path(tempfile.mkdtemp())
count = work / "count-2026-03-07.csv"
count.write_text(
    "sku,counted\nTEA-ASSAM-250,38\nTEA-EARL-250,35\nTEA-SENCHA-100,24\nPOT-GLAS-1L,6\nCUP-STONE-2,18\n",
    encoding="utf-8",
)
sys.argv = ["reconcile", str(count), str(work / "report.csv")]
runpy.run_module("stocktake.reconcile", run_name="__main__", alter_sys=True)
