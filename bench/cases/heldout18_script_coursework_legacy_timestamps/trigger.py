"""The module convenor runs the late-penalty report on the VLE's export for essay 2,
which still holds two resubmissions carried over from the old VLE."""

import tempfile
from pathlib import Path

from coursework.report import main

export = Path(tempfile.mkdtemp()) / "essay2-submissions.csv"
export.write_text(
    "student,assignment,submitted_at,mark\n"
    "s1042,essay2,2024-03-04T10:15:00,64\n"
    "s1100,essay2,05/03/2024 09:30,68\n"
    "s0987,essay2,01/03/2024 16:45,75\n"
    "s2001,essay2,2024-03-06T13:00:00,70\n",
    encoding="utf-8",
)
raise SystemExit(main([str(export), "--deadline", "2024-03-04T12:00"]))
