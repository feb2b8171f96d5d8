"""The 22:00 cron run of the reminder job, on tonight's export from the booking system.

One patient booked for tomorrow registered with an e-mail address only."""

import json
import runpy
import sys
import tempfile
from pathlib import Path

work = Path(tempfile.mkdtemp(prefix="remindjob-"))
(work / "export.json").write_text(
    json.dumps(
        {
            "generated": "2024-05-13T22:00:00",
            "practitioners": {"p1": {"name": "Dr Amara Osei"}},
            "patients": {
                "1001": {"name": "Noor Haddad", "email": "noor@example.org", "mobile": "07700 900123"},
                "1003": {"name": "Lena Vogt", "email": "lena.vogt@example.org"},
            },
            "appointments": [
                {"id": 51, "patient": "1001", "practitioner": "p1", "start": "2024-05-14T09:30:00", "status": "booked"},
                {"id": 55, "patient": "1003", "practitioner": "p1", "start": "2024-05-14T10:15:00", "status": "booked"},
            ],
        }
    ),
    encoding="utf-8",
)
sys.argv = [
    "send_reminders",
    str(work / "export.json"),
    "--outbox",
    str(work / "outbox.jsonl"),
    "--date",
    "2024-05-14",
]
runpy.run_module("remindjob.send_reminders", run_name="__main__")
