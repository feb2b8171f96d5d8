"""The morning after the show, ops run the door report on the scanners' export.

The VIP gate admitted a single guest; everyone else came through North and South."""

import runpy
import sys
import tempfile
from pathlib import Path

EXPORT = """time,gate,barcode,result
2024-11-02T18:58:12,North,EV7-4F2A-0001,ok
2024-11-02T18:58:31,North,EV7-4F2A-0002,ok
2024-11-02T18:59:02,South,EV7-4F2A-0003,ok
2024-11-02T19:00:47,North,EV7-4F2A-0004,ok
2024-11-02T19:01:15,VIP,EV7-4F2A-0005,ok
2024-11-02T19:02:03,South,EV7-4F2A-0006,ok
2024-11-02T19:02:40,South,EV7-4F2A-0917,unknown_ticket
2024-11-02T19:04:58,North,EV7-4F2A-0007,ok
"""

export = Path(tempfile.mkdtemp()) / "scans-2024-11-02.csv"
export.write_text(EXPORT, encoding="utf-8")
sys.argv = ["doorstats.report", str(export)]
runpy.run_module("doorstats.report", run_name="__main__", alter_sys=True)
