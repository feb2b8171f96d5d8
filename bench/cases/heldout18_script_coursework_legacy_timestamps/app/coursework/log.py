"""The submission log, as exported from the VLE (CSV, one row per submission).

Columns: ``student``, ``assignment``, ``submitted_at``, ``mark``.

``submitted_at`` is an ISO 8601 local time (``2024-03-05T14:02:00``) for everything
submitted since the move to the new VLE in September 2023. Rows carried over from the
old VLE (late resubmissions and extensions granted before the move are still in the
same export) keep the old system's format, day first: ``05/03/2024 14:02``, see
LEGACY_TIMESTAMP_FORMAT. One export can therefore hold both.
"""

from __future__ import annotations

import csv
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

#: The old VLE's timestamp format (day/month/year, 24-hour clock).
LEGACY_TIMESTAMP_FORMAT = "%d/%m/%Y %H:%M"


@dataclass(frozen=True)
class Submission:
    student: str
    assignment: str
    submitted_at: datetime
    mark: int


def read_log(path: Path) -> list[Submission]:
    with path.open(newline="", encoding="utf-8") as handle:
        return [
            Submission(
                student=row["student"].strip(),
                assignment=row["assignment"].strip(),
                submitted_at=datetime.fromisoformat(row["submitted_at"].strip()),
                mark=int(row["mark"]),
            )
            for row in csv.DictReader(handle)
        ]
