"""The weekly export to the mailing house runs over the first dump taken by CRM 3.0."""

import json
import runpy
import sys
import tempfile
from pathlib import Path

work = Path(tempfile.mkdtemp())
records = [
    {"email": "ann@example.com", "first_name": "Ann", "last_name": "Lee", "country": "GB", "opted_in": True,
     "_sync_token": "a81f", "notes": "VIP, call before renewal"},
    {"email": "cy@example.com", "first_name": "Cy", "country": "FR", "opted_in": True},
]
(work / "dump.jsonl").write_text("\n".join(json.dumps(r) for r in records) + "\n", encoding="utf-8")
sys.argv = ["export", str(work / "dump.jsonl"), str(work / "mailing.csv")]
runpy.run_module("crm.export", run_name="__main__", alter_sys=True)
