"""The CRM's change feed. Production talks to the CRM's REST API; this stand-in holds
the same records in memory and answers the same calls."""

from __future__ import annotations

from datetime import datetime
from typing import Any

Record = dict[str, Any]

_RECORDS: list[Record] = []


def load(records: list[Record]) -> None:
    _RECORDS[:] = sorted(records, key=lambda r: r["updated_at"])


def changed_since(since: datetime, limit: int = 100) -> list[Record]:
    """Contacts changed strictly after ``since``, oldest change first, at most ``limit``."""
    newer = [r for r in _RECORDS if datetime.fromisoformat(r["updated_at"]) > since]
    return [dict(r) for r in newer[:limit]]


load(
    [
        {"id": "c-101", "email": "mia@example.com", "name": "Mia Wong", "updated_at": "2021-06-03T08:15:00+00:00"},
        {"id": "c-102", "email": "leo@example.com", "name": "Leo Park", "updated_at": "2023-11-20T17:02:00+00:00"},
        {"id": "c-103", "email": "ida@example.com", "name": "Ida Berg", "updated_at": "2024-04-30T12:00:00+00:00"},
    ]
)
