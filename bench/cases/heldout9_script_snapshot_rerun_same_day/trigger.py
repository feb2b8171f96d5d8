"""Tonight's snapshot failed half-way (disk full); the operator frees space and re-runs it."""

import runpy
import sys
import tempfile
from datetime import date
from pathlib import Path

work = Path(tempfile.mkdtemp())
source = work / "uploads"
(source / "avatars").mkdir(parents=True)
(source / "avatars" / "7.png").write_bytes(b"png")
(source / "terms.pdf").write_bytes(b"pdf")
partial = work / "backups" / date.today().isoformat() / "avatars"
partial.mkdir(parents=True)
(partial / "7.png").write_bytes(b"pn")

sys.argv = ["daily", str(source), str(work / "backups")]
runpy.run_module("snapshots.daily", run_name="__main__", alter_sys=True)
