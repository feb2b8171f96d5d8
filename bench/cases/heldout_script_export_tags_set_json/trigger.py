"""The nightly export runs over the CRM's contact sheet."""

import runpy
import sys
import tempfile
from pathlib import Path

work = Path(tempfile.mkdtemp())
source = work / "contacts.csv"
source.write_text(
    "email,name,tags,unsubscribed\n"
    "ada@example.com,Ada,,0\n"
    "grace@example.com,Grace,vip;newsletter,0\n",
    encoding="utf-8",
)
sys.argv = ["export", str(source), str(work / "contacts.jsonl")]
runpy.run_module("crm.export", run_name="__main__", alter_sys=True)
