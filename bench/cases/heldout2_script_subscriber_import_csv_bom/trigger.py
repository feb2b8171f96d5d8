"""The weekly job imports the sign-up sheet from the trade fair, exported from Excel."""

import runpy
import sys
import tempfile
from pathlib import Path

work = Path(tempfile.mkdtemp())
sheet = work / "fair.csv"
sheet.write_bytes(
    "email,first_name,consent\r\nzoe@example.de,Zoë,yes\r\nluis@example.es,Luis,no\r\n".encode("utf-8-sig")
)
sys.argv = ["import_subscribers", str(sheet), str(work / "list.json")]
runpy.run_module("newsletter.import_subscribers", run_name="__main__", alter_sys=True)
