"""Race evening: the results secretary runs the timekeepers' sheet through the ranking."""

import tempfile
from pathlib import Path

from racetime.results import load_entries, rank

sheet = Path(tempfile.mkdtemp()) / "borrowdale-2024.csv"
sheet.write_text(
    "bib,name,category,time\n"
    "12,Ann Fell,F40,1:01:30\n"
    "7,Joss Naylor,MV60,58:02\n"
    "44,Tom Scree,M,DNF\n"
    "31,Bill Tarn,M,1:01:30\n"
    "3,Nicky Spink,F,1:05:11\n",
    encoding="utf-8",
)
rank(load_entries(sheet))
