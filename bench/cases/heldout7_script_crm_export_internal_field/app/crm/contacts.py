"""Contacts as the CRM's nightly dump stores them (one JSON object per line)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any


def load_contacts(path: Path) -> list[dict[str, Any]]:
    """Every contact in the dump. Since 3.0 the CRM adds internal keys to some records
    (``_sync_token``, ``notes``) that are for the CRM only."""
    with path.open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]
