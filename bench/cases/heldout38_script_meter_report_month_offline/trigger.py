"""The quarterly report for a household whose meter was offline in February."""

import tempfile
from pathlib import Path

from meterlog.__main__ import main

export = Path(tempfile.mkdtemp()) / "export.csv"
export.write_text(
    "day,kwh\n2025-01-01,12.0\n2025-01-02,10.0\n2025-03-03,7.25\n2025-03-04,8.75\n",
    encoding="utf-8",
)
main([str(export), "2025-01", "2025-03"])
