from __future__ import annotations

import json
import sqlite3
from pathlib import Path
from typing import Any

SCHEMA = "CREATE TABLE IF NOT EXISTS views (at TEXT NOT NULL, path TEXT NOT NULL, visitor TEXT NOT NULL)"


def read_records(text: str) -> list[dict[str, Any]]:
    """The export's records: JSON Lines, one object per line, each line ended by "\\n"
    as the export tool writes them.

    A line that is not JSON stops the import before anything is written: a file
    imported in part is worse than one not imported at all (the re-run would duplicate).
    """
    return [json.loads(line) for line in text.split("\n")]


def import_file(export: Path, database: Path) -> int:
    """Add every record of ``export`` to ``database``, all or nothing; returns the count."""
    records = read_records(export.read_text(encoding="utf-8"))
    with sqlite3.connect(database) as db:
        db.execute(SCHEMA)
        db.executemany(
            "INSERT INTO views (at, path, visitor) VALUES (?, ?, ?)",
            [(r["at"], r["path"], r["visitor"]) for r in records],
        )
    return len(records)
