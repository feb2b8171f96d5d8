"""The Saturday-evening cron job: the term report, a week after two new pupils joined."""

import tempfile
from pathlib import Path

from attendance_report import main

folder = Path(tempfile.mkdtemp())
(folder / "enrolments.csv").write_text(
    "pupil,class\n"
    "Ava Brooks,Otters\n"
    "Leo Grant,Otters\n"
    "Mia Chen,Dolphins\n"
    "Noah Idowu,Dolphins\n",
    encoding="utf-8",
)
(folder / "registers.csv").write_text(
    "date,class,pupil,present\n"
    "2024-09-07,Otters,Ava Brooks,y\n"
    "2024-09-07,Otters,Leo Grant,n\n"
    "2024-09-07,Dolphins,Mia Chen,y\n"
    "2024-09-14,Otters,Ava Brooks,y\n"
    "2024-09-14,Otters,Leo Grant,y\n"
    "2024-09-14,Dolphins,Mia Chen,n\n",
    encoding="utf-8",
)
main([str(folder / "enrolments.csv"), str(folder / "registers.csv")])
