"""Monday's cron job exports the open tickets, with their assignee, for the triage meeting."""

import json
import tempfile
from pathlib import Path

from ticketexport.cli import main

work = Path(tempfile.mkdtemp())
(work / "tickets.json").write_text(
    json.dumps(
        [
            {"id": 7, "subject": "Refund not received", "status": "open", "priority": 2,
             "assignee": {"name": "Priya", "team": "billing"}, "labels": ["billing"]},
            {"id": 9, "subject": "Parcel stuck in customs", "status": "open", "priority": 1,
             "assignee": None, "labels": []},
        ]
    ),
    encoding="utf-8",
)
main([str(work / "tickets.json"), "-o", str(work / "triage.csv"), "--where", "status=open",
      "--fields", "id,subject,assignee.name,priority", "--sort", "priority"])
