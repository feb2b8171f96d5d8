"""Sales imports last week's export of the old CRM."""

import runpy
import sys
import tempfile
from pathlib import Path

work = Path(tempfile.mkdtemp())
source = work / "export-2026-11-20.csv"
source.write_text(
    "name,email,phone,notes\n"
    "Ana Lopez,ana@example.com,+34 600 11 22 33,met at fair\n"
    "Chidi Obi,chidi@example.com\n"
    "Dora Kim,dora@example.com,+82 2 555 0101\n",
    encoding="utf-8",
)
sys.argv = ["import_contacts", str(source), str(work / "contacts.json")]
runpy.run_module("crmsync.import_contacts", run_name="__main__", alter_sys=True)
