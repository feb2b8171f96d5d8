"""The booking system's nightly export, as the jobs on the reminder host read it.

The export is one JSON document::

    {"generated": "2024-05-13T22:00:00",
     "practitioners": {"p1": {"name": "Dr Amara Osei"}},
     "patients": {"1001": {"name": "Noor Haddad", "email": "noor@example.org",
                           "mobile": "07700 900123"}},
     "appointments": [{"id": 51, "patient": "1001", "practitioner": "p1",
                       "start": "2024-05-14T09:30:00", "status": "booked"}]}

The booking system leaves empty fields out of each record: a patient who gave no mobile
number has no "mobile" key at all. Every patient has a name and an e-mail address (the
booking form requires both).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

Record = dict[str, Any]


@dataclass(frozen=True)
class Appointment:
    id: int
    patient: Record
    practitioner: str
    start: datetime
    status: str


def load(path: Path) -> list[Appointment]:
    """Every appointment in the export, with its patient's record and practitioner's name."""
    data = json.loads(path.read_text(encoding="utf-8"))
    practitioners = data["practitioners"]
    patients = data["patients"]
    return [
        Appointment(
            id=int(row["id"]),
            patient=patients[row["patient"]],
            practitioner=practitioners[row["practitioner"]]["name"],
            start=datetime.fromisoformat(row["start"]),
            status=row["status"],
        )
        for row in data["appointments"]
    ]
