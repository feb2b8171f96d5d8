"""Reading a workspace's audit trail, as the app appends it (one JSON object a line).

    {"at": "2024-05-02T09:14:03Z", "actor": "17", "action": "member.invited", "target": "cat@acme.test"}

``actor`` says who did it: a user's id (``"17"``), or ``"key:<id>"`` (``"key:3"``) when
the action was made through one of the workspace's API keys.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

KEY_ACTOR_PREFIX = "key:"


@dataclass(frozen=True)
class Entry:
    at: datetime
    actor: str
    action: str
    target: str


def read_entries(path: Path, since: date | None = None) -> list[Entry]:
    """The entries on or after ``since`` (all of them without it), oldest first."""
    entries = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        raw = json.loads(line)
        at = datetime.fromisoformat(raw["at"].replace("Z", "+00:00"))
        if since is not None and at.date() < since:
            continue
        entries.append(Entry(at, str(raw["actor"]), raw["action"], raw.get("target", "")))
    return sorted(entries, key=lambda e: e.at)
