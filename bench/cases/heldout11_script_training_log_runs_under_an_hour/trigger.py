"""The Sunday cron job summarises a week that had a short recovery run."""

import runpy
import sys
import tempfile
from pathlib import Path

export = Path(tempfile.mkdtemp()) / "export.tsv"
export.write_text(
    "date\tkm\tduration\n2026-03-02\t12.1\t1:05:30\n2026-03-05\t6.2\t34:08\n",
    encoding="utf-8",
)
sys.argv = ["weekly", str(export)]
runpy.run_module("runlog.weekly", run_name="__main__", alter_sys=True)
