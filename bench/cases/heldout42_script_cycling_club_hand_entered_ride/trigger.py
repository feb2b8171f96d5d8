"""Cron on 1 June: the May report, from the export the club site wrote last night."""

import tempfile
from pathlib import Path

from ridelog.report import main

EXPORT = """date,rider,km,moving_time
2024-05-05,Priya Shah,62.4,2:24:00
2024-05-05,Tom Hale,62.4,2:36:00
2024-05-12,Priya Shah,48.0,1:36:00
2024-05-19,Dot Evans,35.0,0:00:00
2024-05-19,Priya Shah,40.0,0:00:00
2024-05-26,Tom Hale,81.2,3:15:00
"""

with tempfile.TemporaryDirectory() as folder:
    export = Path(folder) / "rides-2024-05.csv"
    export.write_text(EXPORT, encoding="utf-8")
    main([str(export), "--month", "2024-05"])
