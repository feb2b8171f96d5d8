"""End of term: the office prints the whole class's report cards,
`python -m grading.report_cards results.csv`."""

import runpy
import sys
import tempfile
from pathlib import Path

export = Path(tempfile.mkdtemp()) / "results.csv"
export.write_text(
    "student,score,out_of\nAmara Osei,57,60\nLiam Novak,27,60\nJonas Berg,52,120\n",
    encoding="utf-8",
)
sys.argv = ["grading.report_cards", str(export)]
try:
    runpy.run_module("grading.report_cards", run_name="__main__")
except SystemExit as done:
    if done.code:
        raise
