"""The 10:00 cron run: the 09:00 run already created today's archive folder."""

import os
import runpy
import sys
import tempfile
from datetime import date
from pathlib import Path

root = Path(tempfile.mkdtemp())
logs, archive = root / "logs", root / "archive"
logs.mkdir()
(archive / date.today().isoformat()).mkdir(parents=True)
(archive / date.today().isoformat() / "api.log.1.0").write_text("09:00")
(logs / "api.log").write_text("live")
(logs / "api.log.1").write_text("10:00")
os.environ["LOG_DIR"] = str(logs)
os.environ["ARCHIVE_DIR"] = str(archive)
sys.argv = ["logtools.archive"]
runpy.run_module("logtools.archive", run_name="__main__", alter_sys=True)
