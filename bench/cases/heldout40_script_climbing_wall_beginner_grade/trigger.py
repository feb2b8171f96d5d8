"""The first-of-the-month cron job: `python -m wallstats.report logbook.csv`, on an export
in which a new member has climbed only the beginners' circuit (VB)."""

import runpy
import sys
import tempfile
from pathlib import Path

export = Path(tempfile.mkdtemp()) / "logbook-2024-05.csv"
export.write_text(
    "member,date,problem,grade\n"
    "Alex Kim,2024-05-02,Blue arete,V3\n"
    "Sam Ortiz,2024-05-04,Green circuit 1,VB\n"
    "Sam Ortiz,2024-05-04,Green circuit 2,VB\n"
    "Jo Park,2024-05-03,Yellow traverse,V1\n",
    encoding="utf-8",
)
sys.argv = ["wallstats.report", str(export)]
runpy.run_module("wallstats.report", run_name="__main__")
