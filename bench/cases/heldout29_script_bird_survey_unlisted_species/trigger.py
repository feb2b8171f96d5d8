"""The recorder runs the weekend's export, in which one garden logged a Yellow-browed Warbler."""

import tempfile
from pathlib import Path

from birdcount.summary import main

export = Path(tempfile.mkdtemp()) / "survey-2024-01-27.csv"
export.write_text(
    "date,garden,code,count\n"
    "2024-01-27,12 Mill Lane,BT,4\n"
    "2024-01-27,12 Mill Lane,YB,1\n"
    "2024-01-27,3 Orchard Close,GO,6\n",
    encoding="utf-8",
)
main([str(export)])
