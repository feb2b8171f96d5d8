"""Cron's nightly run on a database host set up three days ago."""

import runpy
import sys
import tempfile
from pathlib import Path

backups = Path(tempfile.mkdtemp(prefix="db-backups-"))
for day in (11, 12, 13):
    (backups / f"db-202503{day}-0230.sql.gz").write_bytes(b"\x1f\x8b")

sys.argv = ["prune_backups", str(backups)]
runpy.run_module("ops.prune_backups", run_name="__main__", alter_sys=True)
