"""The monthly summary runs over March's statement, which has the rent in it."""

import runpy
import sys
import tempfile
from pathlib import Path

path = Path(tempfile.mkdtemp()) / "statement-2026-03.csv"
path.write_text(
    'Date,Payee,Amount\n2026-03-01,Salary,"3,150.00"\n2026-03-02,Grocer,-64.20\n2026-03-03,Rent,"-1,200.00"\n',
    encoding="utf-8",
)
sys.argv = ["monthly", str(path)]
runpy.run_module("ledger.monthly", run_name="__main__", alter_sys=True)
