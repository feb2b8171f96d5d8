"""Tonight's reconcile job, over the scanner export of aisle A, where one bin was blocked by a pallet."""

import json
import runpy
import sys
import tempfile
from pathlib import Path

work = Path(tempfile.mkdtemp(prefix="cyclecount-"))
(work / "counts.csv").write_text(
    "location,sku,counted\n"
    "A-01-1,BOLT-M6,118\n"
    "A-01-2,NUT-M6,\n"
    "A-02-1,WASHER-6,15\n",
    encoding="utf-8",
)
(work / "ledger.json").write_text(
    json.dumps({"A-01-1/BOLT-M6": 120, "A-01-2/NUT-M6": 300, "A-02-1/WASHER-6": 15}),
    encoding="utf-8",
)
sys.argv = ["cyclecount-reconcile", str(work / "counts.csv"), str(work / "ledger.json"), str(work / "adjustments.csv")]
runpy.run_module("cyclecount.reconcile", run_name="__main__")
