"""Monthly timesheets as the time-clock system exports them."""

from __future__ import annotations

import csv
import io
from decimal import Decimal
from typing import TypedDict


class TimesheetEntry(TypedDict):
    employee: str
    regular_hours: Decimal
    # 2.0: was "overtime"; renamed to line up with "regular_hours" in the export.
    overtime_hours: Decimal


def parse_timesheet(text: str) -> list[TimesheetEntry]:
    """One entry per row of the export (header ``employee,regular,overtime``); an empty
    overtime cell means no overtime that week."""
    entries: list[TimesheetEntry] = []
    for row in csv.DictReader(io.StringIO(text)):
        entries.append(
            {
                "employee": row["employee"].strip(),
                "regular_hours": Decimal(row["regular"]),
                "overtime_hours": Decimal(row["overtime"] or "0"),
            }
        )
    return entries


def entries_for(entries: list[TimesheetEntry], employee_id: str) -> list[TimesheetEntry]:
    return [entry for entry in entries if entry["employee"] == employee_id]
