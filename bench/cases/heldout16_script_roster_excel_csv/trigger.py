"""The league office saves the roster from Excel as "CSV UTF-8" and runs the import."""

import tempfile
from pathlib import Path

from league.import_roster import main

folder = Path(tempfile.mkdtemp())
roster = folder / "roster-2025.csv"
roster.write_bytes(
    "\ufeffplayer_id,name,team,shirt\r\n"
    "7,Ana Ruiz,Harbour FC,9\r\n"
    "21,Zoë Müller,Mill Lane,10\r\n".encode("utf-8")
)
main([str(roster)])
