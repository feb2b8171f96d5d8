"""Cron runs the nightly cleanup after ops added the chat webhook to its config."""

import runpy
import sys
import tempfile
from pathlib import Path

work = Path(tempfile.mkdtemp())
(work / "exports").mkdir()
conf = work / "cleanup.conf"
conf.write_text(
    f"# nightly cleanup\nDIRECTORY={work / 'exports'}\nRETENTION_DAYS=30\n"
    "WEBHOOK_URL=https://chat.example.com/hooks/ops?token=c2VjcmV0dG9rZW4=\n",
    encoding="utf-8",
)
sys.argv = ["cleanup", str(conf)]
runpy.run_module("housekeeping.cleanup", run_name="__main__", alter_sys=True)
