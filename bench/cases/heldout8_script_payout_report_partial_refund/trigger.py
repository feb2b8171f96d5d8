"""Monday's payout run, in a week where a seller partly refunded an order."""

import json
import runpy
import sys
import tempfile
from pathlib import Path

work = Path(tempfile.mkdtemp())
(work / "sales.json").write_text(
    json.dumps(
        [{"seller": "potterystudio", "amount": 19.99}, {"seller": "linenworks", "amount": 120.00}]
    ),
    encoding="utf-8",
)
refunds = [{"seller": "potterystudio", "amount": 7.69}]
(work / "refunds.json").write_text(json.dumps(refunds), encoding="utf-8")
sys.argv = ["report", str(work / "sales.json"), str(work / "refunds.json")]
runpy.run_module("payouts.report", run_name="__main__", alter_sys=True)
