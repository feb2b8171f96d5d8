"""Sunday's cron job runs the weekly summary on the log exported from the shared sheet."""

import tempfile
from pathlib import Path

from tankcheck.weekly import main

log = Path(tempfile.mkdtemp()) / "water-tests-2024-w24.csv"
log.write_text(
    "date,tank,ph,ammonia,nitrite,nitrate\n"
    "2024-06-10,A,7.2,0,0,10\n"
    "2024-06-11,C,7.6,<0.25,<0.25,15\n"
    "2024-06-12,A,7.4,,0,\n"
    "2024-06-14,C,7.8,0,0.5,20\n",
    encoding="utf-8",
)
main([str(log)])
