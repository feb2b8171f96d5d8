"""Reading the tracker's daily export.

The export is JSON Lines: one event object per line, with ``ts`` (ISO 8601), ``user`` and
``path``. Blank lines carry nothing and are skipped: the tracker ends every file with one,
and days concatenated with ``cat`` are separated by one. Any other line that is not such
an object means the export is damaged: reading stops with :class:`DamagedExport` naming
the line, because a partial day would skew every figure of the report.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import datetime
from typing import Any

FIELDS = ("ts", "user", "path")


class DamagedExport(Exception):
    pass


@dataclass(frozen=True)
class Click:
    at: datetime
    user: str
    path: str


def _click(number: int, data: Any) -> Click:
    if not isinstance(data, dict) or any(field not in data for field in FIELDS):
        raise DamagedExport(f"line {number}: expected an object with {', '.join(FIELDS)}")
    return Click(at=datetime.fromisoformat(data["ts"]), user=str(data["user"]), path=str(data["path"]))


def read_clicks(lines: Iterable[str]) -> Iterator[Click]:
    for number, line in enumerate(lines, start=1):
        yield _click(number, json.loads(line))
